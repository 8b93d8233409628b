// Sections 3 to 5 of the exported script (pytorch_script.h): the preprocessing (scalers,
// differencing and transforms for series; tokenizer, vocabulary and n-gram hash for texts), the
// predicting functions, and the command line.
#include "pytorch_script.h"

#include "train/experiment_config.h"

namespace rnn::pytorch_script {

using nlohmann::json;

namespace {

// ---- 3. the preprocessing

std::string scalerClass(ScalerKind kind)
{
    std::string transform, inverse;
    switch (kind) {
    default: // none (a kind the exporter does not know is refused before)
    case ScalerKind::None:
        transform = "        return values  # no scaling";
        inverse = "        return scaled";
        break;
    case ScalerKind::ZScore:
        transform = "        return (values - self.offset) / self.scale  # x' = (x - mean) / std";
        inverse = "        return self.offset + scaled * self.scale";
        break;
    case ScalerKind::MinMax01:
    case ScalerKind::MinMaxSymmetric:
        transform = "        # x' = low + (x - min) / (max - min) * (high - low)\n"
                    "        return self.low + (values - self.offset) / self.scale * (self.high - "
                    "self.low)";
        inverse = "        return self.offset + (scaled - self.low) / (self.high - self.low) * "
                  "self.scale";
        break;
    }
    return fill(R"py(class Scaler:
    """RNN Lab's scaling (@KIND@): one offset and scale per variable, fitted on the training
    part."""

    def __init__(self, stored):
        self.offset = torch.tensor(stored["offset"])
        self.scale = torch.tensor(stored["scale"])
        self.low, self.high = stored["low"], stored["high"]

    def transform(self, values):
        """values: N x V in the data's units -> as the network reads them."""
@TRANSFORM@

    def inverse(self, scaled):
        """The other way: N x V as the network outputs them -> the data's units."""
@INVERSE@


)py",
                { { "KIND", toString(kind) }, { "TRANSFORM", transform }, { "INVERSE", inverse } });
}

} // namespace

std::string forecastPreprocessing(const Plan &p)
{
    const ExperimentConfig &e = p.experiment;
    std::string text = fill(
        R"py(# -------------------------------------------------------------------------------------------------
# 3. The preprocessing: a window of the series, scaled as in training

# The network's inputs, in its order (X = @X@), and what it forecasts (Y = @Y@): CSV columns.
FEATURES = @FEATURES@
TARGETS = @TARGETS@
LOOKBACK = @L@  # rows of the window it reads (L)
HORIZON = @HZ@  # values of each target it forecasts at once (Hz)
INTERPOLATE_MISSING = @INTERPOLATE@  # empty cells of the CSV filled by linear interpolation


)py",
        { { "FEATURES", pyStringList(p.features) },
          { "X", std::to_string(p.features.size()) },
          { "TARGETS", pyStringList(p.targets) },
          { "Y", std::to_string(p.targets.size()) },
          { "L", std::to_string(e.lookback) },
          { "HZ", std::to_string(e.horizon) },
          { "INTERPOLATE", pyBool(e.interpolateMissing) } });
    text += scalerClass(scalerKindFromString(p.model->scaler.value("kind", "none")));
    text += R"py(def read_columns(path, names):
    """The numeric columns `names` of a CSV file: {name: [numbers, one per row]}.

    As RNN Lab reads it: the separator is ',', ';' or a tab (the one that splits the header and
    the first rows alike); in a ';' file a decimal comma is accepted ("1.234,5" -> 1234.5).
    """
    with open(path, newline="", encoding="utf-8-sig") as file:
        lines = [line for line in file.read().splitlines() if line.strip()]
    counts = {sep: len(next(csv.reader([lines[0]], delimiter=sep))) for sep in ("\t", ";", ",")}

    def rows_that_fit(sep):  # of the first 20 rows, those with as many fields as the header
        return sum(len(row) == counts[sep] for row in csv.reader(lines[1:21], delimiter=sep))

    separator = max(("\t", ";", ","),
                    key=lambda sep: (rows_that_fit(sep) if counts[sep] > 1 else 0, counts[sep]))
    rows = list(csv.reader(lines, delimiter=separator))
    header = [name.strip() for name in rows[0]]
    columns = {}
    for name in names:
        if name not in header:
            raise ValueError(f"{path}: there is no column {name!r} (the columns are {header})")
        cells = [row[header.index(name)].strip() for row in rows[1:]]
        values = []
        for line, cell in enumerate(cells, start=2):
            if separator == ";" and "," in cell:
                cell = cell.replace(".", "").replace(",", ".")
            if cell == "":
                if not INTERPOLATE_MISSING:
                    raise ValueError(f"{path}, line {line}: column {name!r} is empty")
                values.append(None)
                continue
            try:
                values.append(float(cell))
            except ValueError:
                raise ValueError(
                    f"{path}, line {line}: {cell!r} in column {name!r} is not a number")
        columns[name] = fill_gaps(values)
    return columns


def fill_gaps(values):
    """Empty cells (None): linear interpolation inside, the nearest value at the ends."""
    known = [i for i, v in enumerate(values) if v is not None]
    if not known:
        raise ValueError("a column has no numbers")
    filled = list(values)
    for i, v in enumerate(values):
        if v is None:
            before = max((k for k in known if k < i), default=None)
            after = min((k for k in known if k > i), default=None)
            if before is None or after is None:
                filled[i] = values[after if before is None else before]
            else:
                share = (i - before) / (after - before)
                filled[i] = values[before] + share * (values[after] - values[before])
    return filled


)py";
    return text;
}

std::string textPreprocessing(const Plan &p)
{
    const ExperimentConfig &e = p.experiment;
    std::string text = fill(
        R"py(# -------------------------------------------------------------------------------------------------
# 3. The preprocessing: text -> tokens -> ids, as RNN Lab does it

CLASSES = @CLASSES@
MAX_LENGTH = @MAX@  # tokens per text (padded at the start; a longer text keeps its end)
PADDING, UNKNOWN = 0, 1  # the ids of "<pad>" and "<unk>" (a token the vocabulary lacks)


def lower(character):
    """One code point in lower case (Unicode's simple mapping, as utf8proc's)."""
    return "i" if character == "\u0130" else character.lower()


def is_word_character(character):
    """A letter, a mark or a digit (Unicode categories L*, M*, N*)."""
    return unicodedata.category(character)[0] in "LMN"


)py",
        { { "CLASSES", pyStringList(p.model->labels) }, { "MAX", std::to_string(e.maxLength) } });
    if (e.characterLevel)
        text += R"py(def tokenize(text):
    """RNN Lab's character tokenizer: NFC, lower case, one token per character; a run of white
    space is one " ", and white space at the start and the end is dropped."""
    tokens, pending_space = [], False
    for character in (lower(c) for c in unicodedata.normalize("NFC", text)):
        if character in "\t\n\r\f\v" or unicodedata.category(character) in ("Zs", "Zl", "Zp"):
            pending_space = bool(tokens)
            continue
        if pending_space:
            tokens.append(" ")
        pending_space = False
        tokens.append(character)
    return tokens


)py";
    else
        text += fill(R"py(# Characters that are tokens of their own, not separators.
PUNCTUATION = "@PUNCTUATION@"


def tokenize(text):
    """RNN Lab's word tokenizer: NFC, lower case, split on anything that is not a letter, a mark or
    a digit; an apostrophe between two of them stays inside the word ("don't"); a character of
    PUNCTUATION is a token. "Não sei, coração!" -> ["não", "sei", "coração"(, "!")]."""
    characters = [lower(c) for c in unicodedata.normalize("NFC", text)]
    words, word = [], ""
    for i, character in enumerate(characters):
        if is_word_character(character):
            word += character
        elif (character in "'\u2019" and word and i + 1 < len(characters)
              and is_word_character(characters[i + 1])):
            word += character
        else:
            if word:
                words.append(word)
                word = ""
            if character in PUNCTUATION:
                words.append(character)
    if word:
        words.append(word)
    return words


)py",
                     { { "PUNCTUATION", e.punctuationTokens ? "!?" : "" } });
    text += R"py(def encode(tokens, ids):
    """Token ids, exactly MAX_LENGTH of them: unknown tokens -> UNKNOWN, padded at the start."""
    numbers = [ids.get(token, UNKNOWN) for token in tokens][-MAX_LENGTH:]
    return [PADDING] * (MAX_LENGTH - len(numbers)) + numbers


)py";
    if (p.net.hasSubwords())
        text += fill(
            R"py(# Each word's character n-grams, fastText's way (RNN Lab's SubwordHasher), as bucket ids.
SUBWORD_BUCKETS = @NB@
SUBWORD_LENGTHS = range(@MIN@, @MAX@ + 1)  # n-gram lengths, in code points


def fnv1a(data):
    """FNV-1a, 32 bits: h = 2166136261; for each byte b: h = (h XOR b) * 16777619 mod 2^32."""
    h = 2166136261
    for byte in data:
        h = ((h ^ byte) * 16777619) & 0xFFFFFFFF
    return h


def ngrams(word):
    """The bucket ids of a word's n-grams: the word wrapped as "<word>", its n-grams of
    SUBWORD_LENGTHS code points (shortest first, left to right) except the whole wrapped word,
    each one's bucket FNV-1a-32 of its UTF-8 bytes mod SUBWORD_BUCKETS.
    "amor" with 3..4: "<am", "amo", "mor", "or>", "<amo", "amor", "mor>"."""
    if not word:
        return []
    wrapped = "<" + word + ">"
    return [fnv1a(wrapped[i:i + n].encode("utf-8", "surrogatepass")) % SUBWORD_BUCKETS
            for n in SUBWORD_LENGTHS if n < len(wrapped)
            for i in range(len(wrapped) - n + 1)]


def encode_grams(tokens):
    """Each step's n-gram ids, aligned with encode(): none on the padding, then those of the
    last MAX_LENGTH words (an unknown word keeps its n-grams)."""
    kept = [ngrams(token) for token in tokens[-MAX_LENGTH:]]
    return [[] for _ in range(MAX_LENGTH - len(kept))] + kept


)py",
            { { "NB", std::to_string(p.net.subwordBuckets) },
              { "MIN", std::to_string(p.experiment.subwordMin) },
              { "MAX", std::to_string(p.experiment.subwordMax) } });
    return text;
}

// ---- 4. predicting

std::string predictFunction(const Plan &p)
{
    const NetworkConfig &n = p.net;
    const std::string o = std::to_string(n.outputSize);
    return fill(
        R"py(# -------------------------------------------------------------------------------------------------
# 4. Predicting

def predict(network, inputs@GRAMS_ARG@):
    """The network's @WHAT@ for a batch: inputs @INPUTS@.
    Returns @SHAPE@."""
    with torch.no_grad():
        outputs = network(inputs@GRAMS@)
@RETURN@


)py",
        { { "WHAT", p.softmax() ? "class probabilities" : "outputs" },
          { "GRAMS_ARG", n.hasSubwords() ? ", grams" : "" },
          { "GRAMS", n.hasSubwords() ? ", grams" : "" },
          { "INPUTS",
            n.hasSubwords()
                ? "B x T token ids (torch.long),\n    grams their n-grams (encode_grams)"
                : n.hasEmbedding() ? "B x T token ids (torch.long)"
                                   : "B x T x " + std::to_string(n.firstLayerInputSize()) },
          { "SHAPE", p.everyStep() ? "B x T x " + o + " (every step)" : "B x " + o },
          { "RETURN",
            p.softmax() ? "    return torch.softmax(outputs, dim=-1)" : "    return outputs" } });
}

namespace {

// The series transform of the targets (log or Box-Cox, ExperimentConfig::transform), as
// core/data/series_transform.cpp applies it: the lines that transform the target columns (and
// the features that are targets) before differencing, "" without one.
std::string transformLines(const ExperimentConfig &e)
{
    if (e.transform == TransformKind::None)
        return "";
    const bool log = e.transform == TransformKind::Log || std::abs(e.boxCoxLambda) < 1e-12;
    const std::string forward = log
        ? "torch.log(v)"
        : "(v ** " + pyFloat(e.boxCoxLambda) + " - 1.0) / " + pyFloat(e.boxCoxLambda);
    return "    # The targets' " + std::string(log ? "log" : "Box-Cox")
        + " transform (y = " + (log ? std::string("ln x") : std::string("(x^lambda - 1) / lambda"))
        + "), before differencing.\n" + "    transform = lambda v: " + forward + "\n"
        + "    for i, name in enumerate(FEATURES):\n" + "        if name in TARGETS:\n"
        + "            features[:, i] = transform(features[:, i])\n"
        + "    targets = transform(targets)\n";
}

// The inverse of transformLines() applied to `expression` (the forecast in transformed units).
std::string untransformed(const ExperimentConfig &e, const std::string &expression)
{
    if (e.transform == TransformKind::None)
        return expression;
    if (e.transform == TransformKind::Log || std::abs(e.boxCoxLambda) < 1e-12)
        return "torch.exp(" + expression + ")  # back from the log";
    const std::string l = pyFloat(e.boxCoxLambda);
    return "torch.clamp(" + l + " * " + expression + " + 1.0, min=0.0) ** (1.0 / " + l
        + ")  # back from Box-Cox";
}

} // namespace

std::string forecastFunction(const Plan &p)
{
    const ExperimentConfig &e = p.experiment;
    std::string run;
    if (p.encoderDecoder)
        run = R"py(    # Encoder-decoder: the window, then HORIZON empty steps whose outputs are the forecast.
    x = torch.zeros(LOOKBACK + HORIZON, len(FEATURES))
    x[:LOOKBACK] = window
    scaled = predict(network, x.unsqueeze(0))[0, LOOKBACK:]  # Hz x Y
)py";
    else if (p.manyToMany)
        run = R"py(    # Many-to-many: every step forecasts the HORIZON values after it; the last step's are
    # the ones after the window. Its Y * Hz outputs hold value k of target y at k * Y + y.
    scaled = predict(network, window.unsqueeze(0))[0, -1].reshape(HORIZON, len(TARGETS))
)py";
    else
        run = R"py(    # Many-to-one: the last step reads out all the forecasts at once; its Y * Hz outputs hold
    # value k of target y at k * Y + y.
    scaled = predict(network, window.unsqueeze(0))[0].reshape(HORIZON, len(TARGETS))
)py";
    return fill(
               R"py(def forecast_after(network, model_file, columns):
    """The next HORIZON values of TARGETS after the last row of `columns`, in the data's units.

    columns: {name: [numbers, oldest first]} holding FEATURES and TARGETS (read_columns gives one).
    Returns a HORIZON x Y tensor: row k is the (k+1)-th step after the end.
    """
    feature_scaler = Scaler(model_file["scaler"])
    target_scaler = Scaler(model_file["target_scaler"])
    features = torch.tensor([columns[name] for name in FEATURES]).T  # R x X, one row per time step
    targets = torch.tensor([columns[name] for name in TARGETS]).T  # R x Y
@TRANSFORM@@DIFFERENCE@    if len(features) < LOOKBACK:
        raise ValueError(f"the data have too few rows for a window of {LOOKBACK} steps")
    window = feature_scaler.transform(features[-LOOKBACK:])  # L x X, the last rows, scaled
@RUN@    forecast = target_scaler.inverse(scaled)  # Hz x Y in the data's units@CHANGES@
@UNDIFFERENCE@

)py",
               { { "TRANSFORM", transformLines(e) },
                 { "DIFFERENCE",
                   e.differencing ? "    features = features[1:] - features[:-1]  # the changes: "
                                    "row r is x_{r+1} - x_r\n"
                                  : "" },
                 { "RUN", run },
                 { "CHANGES", e.differencing ? " (changes)" : "" },
                 { "UNDIFFERENCE",
                   e.differencing
                       ? R"py(    # Back to levels: add the changes one by one to the last known value.
    level = targets[-1]
    levels = []
    for change in forecast:
        level = level + change
        levels.append(level)
    return )py" + untransformed(e, "torch.stack(levels)")
                       : "    return " + untransformed(e, "forecast") } })
        + "\n";
}

std::string classifyFunction(const Plan &p)
{
    return fill(R"py(def classify_texts(network, model_file, texts):
    """The probability of each class (CLASSES) for every text: N x K."""
    ids = {token: i for i, token in enumerate(model_file["vocabulary"]["tokens"])}
    if not texts:
        return torch.zeros(0, len(CLASSES))
    words = [tokenize(text) for text in texts]
    tokens = torch.tensor([encode(w, ids) for w in words])  # N x MAX_LENGTH
@PREDICT@

)py",
                { { "PREDICT",
                    p.net.hasSubwords()
                        ? "    return predict(network, tokens, [encode_grams(w) for w in words])\n"
                        : "    return predict(network, tokens)\n" } });
}

// ---- 5. the command line

std::string mainSection(const Plan &p)
{
    std::string body;
    switch (p.kind) {
    case Plan::Kind::Forecast:
        body = R"py(    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--predict", metavar="FILE.csv",
                        help=f"forecast {HORIZON} value(s) after the last row of FILE.csv")
    args = parser.parse_args()
    network, model_file = load()
    if not args.predict:
        print(network)
        print("Give --predict FILE.csv (columns " + ", ".join(dict.fromkeys(FEATURES + TARGETS))
              + ") to forecast after its last row.")
        return
    columns = read_columns(args.predict, list(dict.fromkeys(FEATURES + TARGETS)))
    forecast = forecast_after(network, model_file, columns)
    print(",".join(["step_after_end"] + TARGETS))
    for k, row in enumerate(forecast.tolist(), start=1):
        print(",".join([str(k)] + [repr(value) for value in row]))
)py";
        break;
    case Plan::Kind::Texts:
        body = fill(R"py(    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("texts", nargs="*", help="texts to classify")
    parser.add_argument("--predict", metavar="FILE.csv",
                        help="classify every text of the column " + @COLUMN@ + " of FILE.csv")
    args = parser.parse_args()
    network, model_file = load()
    texts = list(args.texts)
    if args.predict:
        with open(args.predict, newline="", encoding="utf-8-sig") as file:
            texts += [row[@COLUMN@] for row in csv.DictReader(file)]
    if not texts:
        print(network)
        print("Give texts to classify, or --predict FILE.csv.")
        return
    probabilities = classify_texts(network, model_file, texts)
    writer = csv.writer(sys.stdout, lineterminator="\n")
    writer.writerow(["text", "predicted", "probability"])
    for text, p in zip(texts, probabilities):
        best = int(p.argmax())
        writer.writerow([text, CLASSES[best], repr(float(p[best]))])
)py",
                    { { "COLUMN", pyString(p.experiment.textColumn) } });
        break;
    case Plan::Kind::Sequences:
        body = R"py(    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sequence", metavar="JSON",
                        help="one sequence as a JSON list of steps, each a list of numbers")
    args = parser.parse_args()
    network, _ = load()
    if not args.sequence:
        print(network)
        return
    x = torch.tensor(json.loads(args.sequence), dtype=torch.float64).unsqueeze(0)  # 1 x T x X
    print(predict(network, x)[0].tolist())
)py";
        break;
    }
    return "# "
           "-----------------------------------------------------------------------------------"
           "--------------\n# 5. The command line\n\ndef main():\n"
        + body + "\n\nif __name__ == \"__main__\":\n    main()\n";
}

} // namespace rnn::pytorch_script
