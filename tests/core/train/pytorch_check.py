#!/usr/bin/env python3
"""Runs scripts exported by RNN Lab's PyTorch export, for tst_pytorch_export.

Usage: pytorch_check.py CASE_DIR...   Each CASE_DIR holds model.py, model.json and case.json, which
says what to ask the script (all optional):
    "inputs": the network's inputs, N x T x X numbers (or N x T token ids when "tokens" is true)
    "grams": with subword n-grams, each input step's bucket ids, N x T lists
    "columns": {name: [numbers]} for forecast_after
    "texts": [texts] for classify_texts
    "cli": [arguments]: run the script as a program (its main()) with these arguments
Prints one JSON object: {CASE_DIR: {"outputs", "forecast", "probabilities", "cli"}} with every
number as Python's repr (exact), so the test compares in float64. One process runs every case:
Python and PyTorch start once.
"""

import contextlib
import importlib.util
import io
import json
import os
import runpy
import sys

import torch


def run_case(folder):
    with open(os.path.join(folder, "case.json"), encoding="utf-8") as file:
        case = json.load(file)
    script = os.path.join(folder, "model.py")
    spec = importlib.util.spec_from_file_location("exported_" + os.path.basename(folder), script)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    network, model_file = module.load()
    result = {}
    if "inputs" in case:
        dtype = torch.long if case.get("tokens") else torch.float64
        inputs = torch.tensor(case["inputs"], dtype=dtype)
        grams = [case["grams"]] if "grams" in case else []
        result["outputs"] = module.predict(network, inputs, *grams).tolist()
    if "columns" in case:
        result["forecast"] = module.forecast_after(network, model_file, case["columns"]).tolist()
    if "texts" in case:
        result["probabilities"] = module.classify_texts(network, model_file, case["texts"]).tolist()
    if "cli" in case:
        output = io.StringIO()
        saved = sys.argv
        sys.argv = [script] + case["cli"]
        try:
            with contextlib.redirect_stdout(output):
                runpy.run_path(script, run_name="__main__")
        finally:
            sys.argv = saved
        result["cli"] = output.getvalue()
    return result


def main():
    results = {}
    for folder in sys.argv[1:]:
        try:
            results[folder] = run_case(folder)
        except Exception as error:  # reported to the test, which names the case
            results[folder] = {"error": f"{type(error).__name__}: {error}"}
    json.dump(results, sys.stdout)


if __name__ == "__main__":
    main()
