<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>main</name>
    <message>
        <source>Recurrent neural networks, step by step.</source>
        <translation>Redes neurais recorrentes, passo a passo.</translation>
    </message>
    <message>
        <source>Open lesson NAME (number or name).</source>
        <translation>Abrir a aula NOME (número ou nome).</translation>
    </message>
    <message>
        <source>Open the CSV file FILE.</source>
        <translation>Abrir o arquivo CSV ARQUIVO.</translation>
    </message>
    <message>
        <source>Language: en or pt_BR.</source>
        <translation>Idioma: en ou pt_BR.</translation>
    </message>
    <message>
        <source>Train, save a picture of the window to FILE.png and quit.</source>
        <translation>Treinar, salvar uma imagem da janela em ARQUIVO.png e sair.</translation>
    </message>
    <message>
        <source>Epochs to train before the screenshot (default 0).</source>
        <translation>Épocas de treino antes da captura de tela (padrão 0).</translation>
    </message>
    <message>
        <source>Validate the lesson file FILE, print what is wrong and quit (no window).</source>
        <translation>Validar o arquivo de lição ARQUIVO, mostrar o que está errado e sair (sem janela).</translation>
    </message>
    <message>
        <source>Print the version and the folder of the datasets and presets.</source>
        <translation>Mostrar a versão e a pasta dos conjuntos de dados e predefinições.</translation>
    </message>
    <message>
        <source>A CSV file to open (as --data FILE).</source>
        <translation>Um arquivo CSV a abrir (como --data ARQUIVO).</translation>
    </message>
    <message>
        <source>Resources: %1</source>
        <translation>Resources: %1</translation>
    </message>
    <message>
        <source>%1: this version of RNN Lab cannot open session files (.rnnlab) yet.</source>
        <translation>%1: esta versão do RNN Lab ainda não abre arquivos de sessão (.rnnlab).</translation>
    </message>
    <message>
        <source>Show the network reading TEXT (a sentence); given twice, the first beside the second (what if).</source>
        <translation>Mostrar a rede lendo TEXT (uma frase); dado duas vezes, a primeira ao lado da segunda (e se).</translation>
    </message>
    <message>
        <source>Show test sequence N (1 = the first).</source>
        <translation>Mostrar a sequência de teste N (1 = a primeira).</translation>
    </message>
</context>
<context>
    <name>rnnlab::AboutDialog</name>
    <message>
        <source>The dataset credits are missing from this build.</source>
        <translation>Os créditos dos conjuntos de dados faltam nesta compilação.</translation>
    </message>
    <message>
        <source># RNN Lab %1</source>
        <translation># RNN Lab %1</translation>
    </message>
    <message>
        <source>RNN Lab trains real recurrent networks (Elman, Jordan, LSTM, GRU) in front of the class and shows every number inside them, step by step.</source>
        <translation>O RNN Lab treina redes recorrentes de verdade (Elman, Jordan, LSTM, GRU) diante da turma e mostra cada número dentro delas, passo a passo.</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licença</translation>
    </message>
    <message>
        <source>About RNN Lab</source>
        <translation>Sobre o RNN Lab</translation>
    </message>
    <message>
        <source>The datasets and their credits</source>
        <translation>Os conjuntos de dados e os seus créditos</translation>
    </message>
    <message>
        <source>RNN Lab is free software under the GNU General Public License, version 3 or (at your option) any later version (GPL-3.0-or-later): you may run, study, share and change it. It comes with no warranty. It uses QCustomPlot (GPL-3.0-or-later), Qt (LGPL-3.0) and Eigen (MPL-2.0). Each dataset keeps its own licence, listed below.</source>
        <translation>O RNN Lab é software livre sob a Licença Pública Geral GNU, versão 3 ou (a seu critério) qualquer versão posterior (GPL-3.0-or-later): você pode executá-lo, estudá-lo, compartilhá-lo e modificá-lo. Ele não vem com nenhuma garantia. Ele usa o QCustomPlot (GPL-3.0-or-later), o Qt (LGPL-3.0) e o Eigen (MPL-2.0). Cada conjunto de dados mantém a sua licença, listada abaixo.</translation>
    </message>
</context>
<context>
    <name>rnnlab::Cell</name>
    <message>
        <source>Elman</source>
        <translation>Elman</translation>
    </message>
    <message>
        <source>Jordan</source>
        <translation>Jordan</translation>
    </message>
    <message>
        <source>LSTM</source>
        <translation>LSTM</translation>
    </message>
    <message>
        <source>GRU</source>
        <translation>GRU</translation>
    </message>
</context>
<context>
    <name>rnnlab::CellView</name>
    <message>
        <source>forget f</source>
        <translation>esquecimento f</translation>
    </message>
    <message>
        <source>input i</source>
        <translation>entrada i</translation>
    </message>
    <message>
        <source>candidate C~</source>
        <translation>candidato C~</translation>
    </message>
    <message>
        <source>output o</source>
        <translation>saída o</translation>
    </message>
    <message>
        <source>reset r</source>
        <translation>reinício r</translation>
    </message>
    <message>
        <source>update z</source>
        <translation>atualização z</translation>
    </message>
    <message>
        <source>candidate n</source>
        <translation>candidato n</translation>
    </message>
    <message>
        <source>context = h(t-1)</source>
        <translation>contexto = h(t-1)</translation>
    </message>
    <message>
        <source>hidden layer</source>
        <translation>camada oculta</translation>
    </message>
    <message>
        <source>context s(t)</source>
        <translation>contexto s(t)</translation>
    </message>
    <message>
        <source>%1 cell at t = %2</source>
        <translation>Célula %1 em t = %2</translation>
    </message>
    <message>
        <source>, layer %1%2, unit %3</source>
        <translation>, camada %1%2, unidade %3</translation>
    </message>
    <message>
        <source> (backward)</source>
        <translation> (para trás)</translation>
    </message>
</context>
<context>
    <name>rnnlab::ClassificationView</name>
    <message>
        <source>predicted class</source>
        <translation>classe prevista</translation>
    </message>
    <message>
        <source>true class</source>
        <translation>classe verdadeira</translation>
    </message>
    <message>
        <source>This lesson is not a classification task.</source>
        <translation>Esta aula não é uma tarefa de classificação.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Per-class accuracy&lt;/b&gt;&lt;br&gt;</source>
        <translation>&lt;b&gt;Acurácia por classe&lt;/b&gt;&lt;br&gt;</translation>
    </message>
    <message>
        <source>%1: %2%&lt;br&gt;</source>
        <translation>%1: %2%&lt;br&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Overall: %1%&lt;/b&gt;</source>
        <translation>&lt;b&gt;No total: %1%&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;The inspected sentence&lt;/b&gt; (colour: how much each word moved the memory; number: probability of the predicted class after it)&lt;br&gt;</source>
        <translation>&lt;b&gt;A frase inspecionada&lt;/b&gt; (cor: quanto cada palavra moveu a memória; número: probabilidade da classe prevista depois dela)&lt;br&gt;</translation>
    </message>
    <message>
        <source>&lt;br&gt;Prediction: &lt;b&gt;%1&lt;/b&gt; (%2%)</source>
        <translation>&lt;br&gt;Previsão: &lt;b&gt;%1&lt;/b&gt; (%2%)</translation>
    </message>
    <message>
        <source>&lt;br&gt;Naive Bayes on word counts (the same training texts): %1%</source>
        <translation>&lt;br&gt;Naive Bayes sobre contagens de palavras (os mesmos textos de treino): %1%</translation>
    </message>
    <message>
        <source>&lt;br&gt;The network loses to naive Bayes, which ignores word order.</source>
        <translation>&lt;br&gt;A rede perde para o naive Bayes, que ignora a ordem das palavras.</translation>
    </message>
    <message>
        <source>Click a cell to list its test sentences</source>
        <translation>Clique em uma célula para listar suas frases de teste</translation>
    </message>
</context>
<context>
    <name>rnnlab::ColourLegend</name>
    <message>
        <source>value</source>
        <translation>valor</translation>
    </message>
    <message>
        <source>magnitude</source>
        <translation>magnitude</translation>
    </message>
</context>
<context>
    <name>rnnlab::CompareWorker</name>
    <message>
        <source>Compare mode (%1): %2</source>
        <translation>Modo de comparação (%1): %2</translation>
    </message>
</context>
<context>
    <name>rnnlab::DatasetPanel</name>
    <message>
        <source>A dataset of the course, a synthetic task, or your own CSV file</source>
        <translation>Um conjunto de dados do curso, uma tarefa sintética ou o seu próprio arquivo CSV</translation>
    </message>
    <message>
        <source>Synthetic: sine wave</source>
        <translation>Sintética: senoide</translation>
    </message>
    <message>
        <source>Synthetic: temporal XOR</source>
        <translation>Sintética: XOR temporal</translation>
    </message>
    <message>
        <source>Synthetic: Elman&apos;s letters</source>
        <translation>Sintética: letras de Elman</translation>
    </message>
    <message>
        <source>Synthetic: adding problem</source>
        <translation>Sintética: problema da soma</translation>
    </message>
    <message>
        <source>Synthetic: Reber grammar</source>
        <translation>Sintética: gramática de Reber</translation>
    </message>
    <message>
        <source>Synthetic: long-range clue</source>
        <translation>Sintética: pista de longo alcance</translation>
    </message>
    <message>
        <source>Synthetic: latching</source>
        <translation>Sintética: retenção (latching)</translation>
    </message>
    <message>
        <source>Dataset: %1</source>
        <translation>Conjunto de dados: %1</translation>
    </message>
    <message>
        <source>Open a CSV file…</source>
        <translation>Abrir um arquivo CSV…</translation>
    </message>
    <message>
        <source>Target column</source>
        <translation>Coluna alvo</translation>
    </message>
    <message>
        <source>Input columns</source>
        <translation>Colunas de entrada</translation>
    </message>
    <message>
        <source>Lookback window</source>
        <translation>Janela de entrada</translation>
    </message>
    <message>
        <source>Horizon</source>
        <translation>Horizonte</translation>
    </message>
    <message>
        <source>Sequence length T</source>
        <translation>Comprimento da sequência T</translation>
    </message>
    <message>
        <source>Use this data (restarts training)</source>
        <translation>Usar estes dados (reinicia o treino)</translation>
    </message>
    <message>
        <source>Open a CSV file</source>
        <translation>Abrir um arquivo CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Arquivos CSV (*.csv);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Synthetic task &quot;%1&quot;: generated by core from the seed.</source>
        <translation>Tarefa sintética &quot;%1&quot;: gerada pelo núcleo a partir da semente.</translation>
    </message>
    <message>
        <source>Could not read the data: %1. The data in use is kept.</source>
        <translation>Não foi possível ler os dados: %1. Os dados em uso são mantidos.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Tokens of the first texts&lt;/b&gt;&lt;br&gt;</source>
        <translation>&lt;b&gt;Tokens dos primeiros textos&lt;/b&gt;&lt;br&gt;</translation>
    </message>
    <message>
        <source>Vocabulary: %1 different tokens in %2 texts.</source>
        <translation>Vocabulário: %1 tokens diferentes em %2 textos.</translation>
    </message>
    <message>
        <source>%1: %2 rows, %3 columns%4</source>
        <translation>%1: %2 linhas, %3 colunas%4</translation>
    </message>
    <message>
        <source> (the first %1 shown)</source>
        <translation> (mostrando as primeiras %1)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Vocabulary of the training texts&lt;/b&gt;: %1 tokens, including %2 (padding) and %3 (a word never seen in training).&lt;br&gt;Most frequent: %4</source>
        <translation>&lt;b&gt;Vocabulário dos textos de treino&lt;/b&gt;: %1 tokens, incluindo %2 (preenchimento) e %3 (uma palavra nunca vista no treino).&lt;br&gt;Mais frequentes: %4</translation>
    </message>
</context>
<context>
    <name>rnnlab::EquationView</name>
    <message>
        <source>&lt;i&gt;The equations of the selected cell appear here, with numbers.&lt;/i&gt;</source>
        <translation>&lt;i&gt;As equações da célula selecionada aparecem aqui, com números.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;t = %1, unit %2&lt;/b&gt; (%3, layer %4%5)&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;t = %1, unidade %2&lt;/b&gt; (%3, camada %4%5)&lt;/p&gt;</translation>
    </message>
    <message>
        <source>, backward direction</source>
        <translation>, direção para trás</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Backpropagation through time&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Retropropagação no tempo&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>unit %1</source>
        <translation>unidade %1</translation>
    </message>
    <message>
        <source>all units</source>
        <translation>todas as unidades</translation>
    </message>
</context>
<context>
    <name>rnnlab::GradientPlot</name>
    <message>
        <source>time step t</source>
        <translation>passo de tempo t</translation>
    </message>
    <message>
        <source>&lt;b&gt;How to read this.&lt;/b&gt; Each curve is the size of the error signal ∂L/∂h&lt;sub&gt;t&lt;/sub&gt; that reaches time step t when the loss sits at the end of the sequence. Read it from right to left, as backpropagation runs: a line that falls steeply means the early steps barely &quot;hear&quot; the error, so the network cannot learn what happened there (the vanishing gradient). A flat line means the error survives; a rising one, that it explodes. The LSTM&apos;s cell state C carries the error with little loss.</source>
        <translation>&lt;b&gt;Como ler.&lt;/b&gt; Cada curva é o tamanho do sinal de erro ∂L/∂h&lt;sub&gt;t&lt;/sub&gt; que chega ao passo de tempo t quando a perda está no fim da sequência. Leia da direita para a esquerda, como corre a retropropagação: uma linha que cai rápido significa que os primeiros passos mal &quot;ouvem&quot; o erro, então a rede não consegue aprender o que aconteceu ali (o gradiente que desaparece). Uma linha plana significa que o erro sobrevive; uma que sobe, que ele explode. O estado da célula C da LSTM carrega o erro com pouca perda.</translation>
    </message>
    <message>
        <source>off</source>
        <translation>desligado</translation>
    </message>
    <message>
        <source>Sequence length T</source>
        <translation>Comprimento da sequência T</translation>
    </message>
    <message>
        <source>Recurrent weight scale</source>
        <translation>Escala dos pesos recorrentes</translation>
    </message>
    <message>
        <source>Clipping</source>
        <translation>Recorte</translation>
    </message>
    <message>
        <source>Epochs first</source>
        <translation>Épocas antes</translation>
    </message>
    <message>
        <source>Compare Elman and LSTM</source>
        <translation>Comparar Elman e LSTM</translation>
    </message>
    <message>
        <source>Trains an Elman network and an LSTM on the same data with the same seed and draws their gradients side by side</source>
        <translation>Treina uma rede de Elman e uma LSTM nos mesmos dados com a mesma semente e desenha os gradientes lado a lado</translation>
    </message>
    <message>
        <source>%1: ‖∂L/∂h_t‖</source>
        <translation>%1: ‖∂L/∂h_t‖</translation>
    </message>
    <message>
        <source>%1: ‖∂L/∂C_t‖</source>
        <translation>%1: ‖∂L/∂C_t‖</translation>
    </message>
    <message>
        <source>Going back one step multiplies the gradient by %1 (%2) and %3 (%4) on average.</source>
        <translation>Voltar um passo multiplica o gradiente por %1 (%2) e %3 (%4), em média.</translation>
    </message>
    <message>
        <source>layer %1%2</source>
        <translation>camada %1%2</translation>
    </message>
    <message>
        <source> backward</source>
        <translation> para trás</translation>
    </message>
    <message>
        <source>‖∂L/∂h_t‖ %1</source>
        <translation>‖∂L/∂h_t‖ %1</translation>
    </message>
    <message>
        <source>‖∂L/∂C_t‖ %1</source>
        <translation>‖∂L/∂C_t‖ %1</translation>
    </message>
    <message>
        <source>Sequence length of the task (or lookback window of a series)</source>
        <translation>Comprimento da sequência da tarefa (ou janela de entrada de uma série)</translation>
    </message>
    <message>
        <source>Multiplies the recurrent weights at the start. 1.0 keeps the orthogonal initialisation, which preserves the signal&apos;s size; below 1 every step shrinks it (gradients vanish), above 1 it grows (they explode).</source>
        <translation>Multiplica os pesos recorrentes no início. 1,0 mantém a inicialização ortogonal, que preserva o tamanho do sinal; abaixo de 1 cada passo o encolhe (os gradientes desaparecem), acima de 1 ele cresce (eles explodem).</translation>
    </message>
</context>
<context>
    <name>rnnlab::HeatmapView</name>
    <message>
        <source>%1: %2% saturated</source>
        <translation>%1: %2% saturado</translation>
    </message>
</context>
<context>
    <name>rnnlab::ImportanceView</name>
    <message>
        <source>rise of the test RMSE when the input is shuffled (data units)</source>
        <translation>aumento do RMSE de teste quando a entrada é embaralhada (unidades dos dados)</translation>
    </message>
    <message>
        <source>This lesson has no forecast with several inputs.</source>
        <translation>Esta aula não tem previsão com várias entradas.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Test RMSE %1.</source>
        <translation>RMSE de teste %1.</translation>
    </message>
    <message>
        <source>No input besides %1&apos;s own past raises it by more than 5 % when shuffled: the network does not use them.</source>
        <translation>Nenhuma entrada além do próprio passado de %1 o aumenta em mais de 5 % quando embaralhada: a rede não as usa.</translation>
    </message>
    <message>
        <source>Yes, other inputs help: shuffling %1 raises it by more than 5 %.</source>
        <translation>Sim, outras entradas ajudam: embaralhar %1 o aumenta em mais de 5 %.</translation>
    </message>
    <message>
        <source>About no effect: %1.</source>
        <translation>Quase sem efeito: %1.</translation>
    </message>
</context>
<context>
    <name>rnnlab::InputAttributionView</name>
    <message>
        <source>time step of the inspected window</source>
        <translation>passo de tempo da janela inspecionada</translation>
    </message>
    <message>
        <source>Gradient x input is shown for forecasts, after a backward pass.</source>
        <translation>Gradiente x entrada aparece em previsões, depois de uma retropropagação.</translation>
    </message>
    <message>
        <source>Each cell: dL/dx × x, how much that input value adds to the loss of this window to first order (orange: raises it, purple: lowers it; largest |value| %1).</source>
        <translation>Cada célula: dL/dx × x, quanto aquele valor de entrada soma à perda desta janela em primeira ordem (laranja: aumenta, roxo: diminui; maior |valor| %1).</translation>
    </message>
</context>
<context>
    <name>rnnlab::InspectView</name>
    <message>
        <source>training sentence %1</source>
        <translation>frase de treino %1</translation>
    </message>
    <message>
        <source>training sequence %1</source>
        <translation>sequência de treino %1</translation>
    </message>
    <message>
        <source>validation sentence %1</source>
        <translation>frase de validação %1</translation>
    </message>
    <message>
        <source>validation sequence %1</source>
        <translation>sequência de validação %1</translation>
    </message>
    <message>
        <source>test sentence %1</source>
        <translation>frase de teste %1</translation>
    </message>
    <message>
        <source>test sequence %1</source>
        <translation>sequência de teste %1</translation>
    </message>
    <message>
        <source>the sentence you typed</source>
        <translation>a frase que você digitou</translation>
    </message>
    <message>
        <source>%1, the sample just trained</source>
        <translation>%1, a amostra recém-treinada</translation>
    </message>
    <message>
        <source>%1 (training follows the shuffled batches)</source>
        <translation>%1 (o treino segue os lotes embaralhados)</translation>
    </message>
    <message>
        <source>, with the values you typed</source>
        <translation>, com os valores que você digitou</translation>
    </message>
    <message>
        <source>last trained: training sample %1</source>
        <translation>último treinado: amostra de treino %1</translation>
    </message>
    <message>
        <source>training steps through the training data</source>
        <translation>o treino percorre os dados de treino</translation>
    </message>
    <message>
        <source>On screen: %1, with the weights after %2 updates (epoch %3). Training: %4; choosing a sequence never changes the weights.</source>
        <translation>Na tela: %1, com os pesos após %2 atualizações (época %3). Treino: %4; escolher uma sequência nunca muda os pesos.</translation>
    </message>
    <message>
        <source>Follow training</source>
        <translation>Seguir o treino</translation>
    </message>
    <message>
        <source>Show the sample being trained again</source>
        <translation>Mostrar de novo a amostra que está sendo treinada</translation>
    </message>
    <message>
        <source>training data</source>
        <translation>dados de treino</translation>
    </message>
    <message>
        <source>validation data</source>
        <translation>dados de validação</translation>
    </message>
    <message>
        <source>test data</source>
        <translation>dados de teste</translation>
    </message>
    <message>
        <source>◀</source>
        <translation>◀</translation>
    </message>
    <message>
        <source>The previous sequence</source>
        <translation>A sequência anterior</translation>
    </message>
    <message>
        <source>no. </source>
        <translation>nº </translation>
    </message>
    <message>
        <source>▶</source>
        <translation>▶</translation>
    </message>
    <message>
        <source>The next sequence</source>
        <translation>A próxima sequência</translation>
    </message>
    <message>
        <source>Random</source>
        <translation>Aleatória</translation>
    </message>
    <message>
        <source>A sequence chosen at random</source>
        <translation>Uma sequência escolhida ao acaso</translation>
    </message>
    <message>
        <source>Keep as the original</source>
        <translation>Guardar como original</translation>
    </message>
    <message>
        <source>Pin what is on screen; change the sentence or a value and compare</source>
        <translation>Fixa o que está na tela; mude a frase ou um valor e compare</translation>
    </message>
    <message>
        <source>Forget the original</source>
        <translation>Esquecer o original</translation>
    </message>
    <message>
        <source>Stop comparing</source>
        <translation>Parar de comparar</translation>
    </message>
    <message>
        <source>Type a sentence:</source>
        <translation>Digite uma frase:</translation>
    </message>
    <message>
        <source>e.g. fiquei com muito medo do escuro</source>
        <translation>p. ex. fiquei com muito medo do escuro</translation>
    </message>
    <message>
        <source>backpropagate against:</source>
        <translation>retropropagar contra:</translation>
    </message>
    <message>
        <source>The class the gradients are computed against (none: forward only)</source>
        <translation>A classe contra a qual os gradientes são calculados (nenhuma: só a passagem para a frente)</translation>
    </message>
    <message>
        <source> of %1</source>
        <translation> de %1</translation>
    </message>
    <message>
        <source>none (forward only)</source>
        <translation>nenhuma (só para a frente)</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>Original</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Agora</translation>
    </message>
    <message>
        <source>On screen</source>
        <translation>Na tela</translation>
    </message>
</context>
<context>
    <name>rnnlab::InspectorPanel</name>
    <message>
        <source>Which layer (and direction) the inspector shows</source>
        <translation>Qual camada (e direção) o inspetor mostra</translation>
    </message>
    <message>
        <source>gates σ</source>
        <translation>portões σ</translation>
    </message>
    <message>
        <source>tanh, h, C</source>
        <translation>tanh, h, C</translation>
    </message>
    <message>
        <source>%1, layer %2%3</source>
        <translation>%1, camada %2%3</translation>
    </message>
    <message>
        <source>, backward</source>
        <translation>, para trás</translation>
    </message>
</context>
<context>
    <name>rnnlab::LessonPanel</name>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Ask the class:</source>
        <translation>Pergunte à turma:</translation>
    </message>
    <message>
        <source>References:</source>
        <translation>Referências:</translation>
    </message>
</context>
<context>
    <name>rnnlab::LossPlot</name>
    <message>
        <source>training loss</source>
        <translation>perda de treino</translation>
    </message>
    <message>
        <source>validation loss</source>
        <translation>perda de validação</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>época</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>perda</translation>
    </message>
    <message>
        <source>logarithmic loss axis</source>
        <translation>eixo da perda logarítmico</translation>
    </message>
</context>
<context>
    <name>rnnlab::MainWindow</name>
    <message>
        <source>RNN Lab</source>
        <translation>RNN Lab</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>Aula</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Dados</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Cell inspector and equations</source>
        <translation>Inspetor da célula e equações</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Controles</translation>
    </message>
    <message>
        <source>New model settings: the network was re-initialised from seed %1 and training starts again. The data is unchanged.</source>
        <translation>Novas configurações do modelo: a rede foi reinicializada a partir da semente %1 e o treino recomeça. Os dados não mudaram.</translation>
    </message>
    <message>
        <source>New data: training starts again from seed %1 with the same model.</source>
        <translation>Dados novos: o treino recomeça da semente %1 com o mesmo modelo.</translation>
    </message>
    <message>
        <source>Completed epochs</source>
        <translation>Épocas concluídas</translation>
    </message>
    <message>
        <source>Samples seen in this epoch</source>
        <translation>Amostras vistas nesta época</translation>
    </message>
    <message>
        <source>Where the play head is: forward, loss, backward or update</source>
        <translation>Onde está o cursor: forward, perda, backward ou atualização</translation>
    </message>
    <message>
        <source>Loss of the sample on display</source>
        <translation>Perda da amostra exibida</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>Taxa de aprendizado</translation>
    </message>
    <message>
        <source>Seed: the same seed replays the same run</source>
        <translation>Semente: a mesma semente repete o mesmo treino</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <source>&amp;Open CSV…</source>
        <translation>&amp;Abrir CSV…</translation>
    </message>
    <message>
        <source>Open a CSV file</source>
        <translation>Abrir um arquivo CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Arquivos CSV (*.csv);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Abrir &amp;recentes</translation>
    </message>
    <message>
        <source>Save a &amp;picture of the window…</source>
        <translation>Salvar uma &amp;imagem da janela…</translation>
    </message>
    <message>
        <source>Save a picture</source>
        <translation>Salvar uma imagem</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Imagens PNG (*.png)</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>Não foi possível gravar %1.</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Exibir</translation>
    </message>
    <message>
        <source>&amp;Presenter view (network and one plot)</source>
        <translation>Modo a&amp;presentação (rede e um gráfico)</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>&amp;Aproximar</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>Afa&amp;star</translation>
    </message>
    <message>
        <source>&amp;Fit the sequence</source>
        <translation>&amp;Ajustar a sequência</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>Português (Brasil)</source>
        <translation>Português (Brasil)</translation>
    </message>
    <message>
        <source>&amp;Lesson</source>
        <translation>Au&amp;la</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>&amp;Train</source>
        <translation>&amp;Treino</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;juda</translation>
    </message>
    <message>
        <source>&amp;Keyboard</source>
        <translation>&amp;Teclado</translation>
    </message>
    <message>
        <source>Keyboard</source>
        <translation>Teclado</translation>
    </message>
    <message>
        <source>Space: play or pause
Right or Page Down: step forward
Left or Page Up: step back
F: one time step forward · B: one step of BPTT
S: one sample · Shift+S: one batch · E: one epoch
F11: presenter view · Ctrl + wheel: zoom</source>
        <translation>Espaço: tocar ou pausar
Direita ou Page Down: avançar um passo
Esquerda ou Page Up: voltar um passo
F: um passo de tempo para a frente · B: um passo da BPTT
S: uma amostra · Shift+S: um lote · E: uma época
F11: modo apresentação · Ctrl + roda: zoom</translation>
    </message>
    <message>
        <source>&amp;About RNN Lab</source>
        <translation>&amp;Sobre o RNN Lab</translation>
    </message>
    <message>
        <source>Training restarted from seed %1.</source>
        <translation>Treino reiniciado a partir da semente %1.</translation>
    </message>
    <message>
        <source>There is no lesson called &quot;%1&quot;.</source>
        <translation>Não há nenhuma aula chamada &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>RNN Lab — %1</source>
        <translation>RNN Lab — %1</translation>
    </message>
    <message>
        <source>Epoch %1</source>
        <translation>Época %1</translation>
    </message>
    <message>
        <source>Sample %1/%2</source>
        <translation>Amostra %1/%2</translation>
    </message>
    <message>
        <source> t=%1</source>
        <translation> t=%1</translation>
    </message>
    <message>
        <source>Phase: %1</source>
        <translation>Fase: %1</translation>
    </message>
    <message>
        <source>Loss %1</source>
        <translation>Perda %1</translation>
    </message>
    <message>
        <source>Learning rate %1</source>
        <translation>Taxa de aprendizado %1</translation>
    </message>
    <message>
        <source>Seed %1</source>
        <translation>Semente %1</translation>
    </message>
</context>
<context>
    <name>rnnlab::ModelPanel</name>
    <message>
        <source>two directions</source>
        <translation>duas direções</translation>
    </message>
    <message>
        <source>SGD</source>
        <translation>SGD</translation>
    </message>
    <message>
        <source>SGD with momentum</source>
        <translation>SGD com momento</translation>
    </message>
    <message>
        <source>Adam</source>
        <translation>Adam</translation>
    </message>
    <message>
        <source>off</source>
        <translation>desligado</translation>
    </message>
    <message>
        <source>Cell</source>
        <translation>Célula</translation>
    </message>
    <message>
        <source>Hidden units</source>
        <translation>Unidades ocultas</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>Camadas</translation>
    </message>
    <message>
        <source>Bidirectional</source>
        <translation>Bidirecional</translation>
    </message>
    <message>
        <source>Topology</source>
        <translation>Topologia</translation>
    </message>
    <message>
        <source>Optimizer</source>
        <translation>Otimizador</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>Taxa de aprendizado</translation>
    </message>
    <message>
        <source>Gradient clipping</source>
        <translation>Recorte do gradiente</translation>
    </message>
    <message>
        <source>Jordan&apos;s μ</source>
        <translation>μ de Jordan</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>Tamanho do lote</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Semente</translation>
    </message>
    <message>
        <source>Apply and restart training</source>
        <translation>Aplicar e reiniciar o treino</translation>
    </message>
    <message>
        <source>Changed settings: applying them re-initialises the network from the seed and starts training again. Your data is kept.</source>
        <translation>Configurações alteradas: aplicá-las reinicializa a rede a partir da semente e recomeça o treino. Seus dados são mantidos.</translation>
    </message>
    <message>
        <source>One-to-many: one value in, a sequence out. The network reads one value of the series and emits the next ones, one per step (as many as the lookback), with no further input; the loss is on every output. The prediction tab draws the sequence generated from the last value of the data.</source>
        <translation>Um-para-muitos: um valor entra, uma sequência sai. A rede lê um valor da série e emite os próximos, um por passo (tantos quanto a janela), sem outra entrada; a perda está em toda saída. A aba de previsão desenha a sequência gerada a partir do último valor dos dados.</translation>
    </message>
</context>
<context>
    <name>rnnlab::NetworkPanel</name>
    <message>
        <source>&lt;b&gt;The unrolled network&lt;/b&gt; — one column per time step</source>
        <translation>&lt;b&gt;A rede desdobrada&lt;/b&gt; — uma coluna por passo de tempo</translation>
    </message>
    <message>
        <source>value (h, C, x, y)</source>
        <translation>valor (h, C, x, y)</translation>
    </message>
    <message>
        <source>‖∂L/∂h‖ (log scale)</source>
        <translation>‖∂L/∂h‖ (escala log)</translation>
    </message>
    <message>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <source>Zoom out (whole sequence)</source>
        <translation>Afastar (sequência inteira)</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ajustar</translation>
    </message>
    <message>
        <source>Fit the whole sequence</source>
        <translation>Ajustar a sequência inteira</translation>
    </message>
    <message>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <source>Zoom in (one cell)</source>
        <translation>Aproximar (uma célula)</translation>
    </message>
    <message>
        <source>One-to-many: the network reads one value at the first step and then, with no further input, emits the next values of the series, one per step; every output feeds the loss. The Prediction tab draws the sequence it generates from the last value of the data.</source>
        <translation>Um-para-muitos: a rede lê um valor no primeiro passo e depois, sem outra entrada, emite os próximos valores da série, um por passo; toda saída entra na perda. A aba Previsão desenha a sequência que ela gera a partir do último valor dos dados.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The unrolled network&lt;/b&gt; — one-to-many: one value in, a sequence out</source>
        <translation>&lt;b&gt;A rede desdobrada&lt;/b&gt; — um-para-muitos: um valor entra, uma sequência sai</translation>
    </message>
</context>
<context>
    <name>rnnlab::Phase</name>
    <message>
        <source>forward</source>
        <translation>forward</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>perda</translation>
    </message>
    <message>
        <source>backward</source>
        <translation>backward</translation>
    </message>
    <message>
        <source>update</source>
        <translation>atualização</translation>
    </message>
</context>
<context>
    <name>rnnlab::PredictionPlot</name>
    <message>
        <source>target (the series)</source>
        <translation>alvo (a série)</translation>
    </message>
    <message>
        <source>persistence baseline</source>
        <translation>referência de persistência</translation>
    </message>
    <message>
        <source>network prediction</source>
        <translation>previsão da rede</translation>
    </message>
    <message>
        <source>time</source>
        <translation>tempo</translation>
    </message>
    <message>
        <source>This lesson has no series to forecast.</source>
        <translation>Esta aula não tem série para prever.</translation>
    </message>
    <message>
        <source>train</source>
        <translation>treino</translation>
    </message>
    <message>
        <source>validation</source>
        <translation>validação</translation>
    </message>
    <message>
        <source>test</source>
        <translation>teste</translation>
    </message>
    <message>
        <source>Test RMSE: network %1, persistence (repeat the last value) %2.</source>
        <translation>RMSE no teste: rede %1, persistência (repetir o último valor) %2.</translation>
    </message>
    <message>
        <source>Test RMSE: network %1.</source>
        <translation>RMSE no teste: rede %1.</translation>
    </message>
    <message>
        <source>scaled units (as the network sees them)</source>
        <translation>unidades escaladas (como a rede as vê)</translation>
    </message>
    <message>
        <source>row of the table</source>
        <translation>linha da tabela</translation>
    </message>
    <message>
        <source>value (the data&apos;s units)</source>
        <translation>valor (nas unidades dos dados)</translation>
    </message>
    <message>
        <source>%1 (the data&apos;s units)</source>
        <translation>%1 (nas unidades dos dados)</translation>
    </message>
    <message>
        <source>generated, one-to-many (from the last value of the data)</source>
        <translation>gerado, um-para-muitos (a partir do último valor dos dados)</translation>
    </message>
    <message>
        <source>Holt-Winters %1.</source>
        <translation>Holt-Winters %1.</translation>
    </message>
    <message>
        <source>The network loses to Holt-Winters, a classical model fitted in a fraction of a second.</source>
        <translation>A rede perde para Holt-Winters, um modelo clássico ajustado em uma fração de segundo.</translation>
    </message>
    <message>
        <source>The network beats Holt-Winters.</source>
        <translation>A rede vence Holt-Winters.</translation>
    </message>
    <message>
        <source>Holt-Winters baseline (fitted on the training part)</source>
        <translation>referência de Holt-Winters (ajustada na parte de treino)</translation>
    </message>
    <message>
        <source>lookback %1 → horizon %2 (on screen; click a point to inspect its window)</source>
        <translation>janela %1 → horizonte %2 (na tela; clique em um ponto para inspecionar sua janela)</translation>
    </message>
</context>
<context>
    <name>rnnlab::SentencePicker</name>
    <message>
        <source>all</source>
        <translation>todas</translation>
    </message>
    <message>
        <source>right</source>
        <translation>certas</translation>
    </message>
    <message>
        <source>wrong</source>
        <translation>erradas</translation>
    </message>
    <message>
        <source>Show every test sentence, or only those the network gets right or wrong</source>
        <translation>Mostra todas as frases de teste, ou só as que a rede acerta ou erra</translation>
    </message>
    <message>
        <source>True class (a click on the confusion matrix sets it)</source>
        <translation>Classe verdadeira (um clique na matriz de confusão a define)</translation>
    </message>
    <message>
        <source>Predicted class (a click on the confusion matrix sets it)</source>
        <translation>Classe prevista (um clique na matriz de confusão a define)</translation>
    </message>
    <message>
        <source>true:</source>
        <translation>verdadeira:</translation>
    </message>
    <message>
        <source>predicted:</source>
        <translation>prevista:</translation>
    </message>
    <message>
        <source>test sentence</source>
        <translation>frase de teste</translation>
    </message>
    <message>
        <source>true</source>
        <translation>verdadeira</translation>
    </message>
    <message>
        <source>predicted</source>
        <translation>prevista</translation>
    </message>
    <message>
        <source>confidence</source>
        <translation>confiança</translation>
    </message>
    <message>
        <source>any</source>
        <translation>qualquer</translation>
    </message>
    <message>
        <source>%1 ✗</source>
        <translation>%1 ✗</translation>
    </message>
    <message>
        <source>%1 of %2 test sentences</source>
        <translation>%1 de %2 frases de teste</translation>
    </message>
</context>
<context>
    <name>rnnlab::SequenceCard</name>
    <message>
        <source>%1
→ &lt;unk&gt;</source>
        <translation>%1
→ &lt;unk&gt;</translation>
    </message>
    <message>
        <source>P(%1)</source>
        <translation>P(%1)</translation>
    </message>
    <message>
        <source>‖%1‖</source>
        <translation>‖%1‖</translation>
    </message>
    <message>
        <source>the network answers &lt;b&gt;%1&lt;/b&gt; (%2%)</source>
        <translation>a rede responde &lt;b&gt;%1&lt;/b&gt; (%2%)</translation>
    </message>
    <message>
        <source>; true class: %1</source>
        <translation>; classe verdadeira: %1</translation>
    </message>
    <message>
        <source>x₁ (first input; type to edit)</source>
        <translation>x₁ (primeira entrada; digite para editar)</translation>
    </message>
    <message>
        <source>x (type to edit)</source>
        <translation>x (digite para editar)</translation>
    </message>
    <message>
        <source>y₁ (first output)</source>
        <translation>y₁ (primeira saída)</translation>
    </message>
    <message>
        <source>y (output)</source>
        <translation>y (saída)</translation>
    </message>
    <message>
        <source>largest output (no.)</source>
        <translation>maior saída (nº)</translation>
    </message>
    <message>
        <source>target</source>
        <translation>alvo</translation>
    </message>
    <message>
        <source>: first output &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>: primeira saída &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>: the network answers &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>: a rede responde &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source> (target %1)</source>
        <translation> (alvo %1)</translation>
    </message>
</context>
<context>
    <name>rnnlab::Topology</name>
    <message>
        <source>many-to-one</source>
        <translation>muitos-para-um</translation>
    </message>
    <message>
        <source>many-to-many</source>
        <translation>muitos-para-muitos</translation>
    </message>
    <message>
        <source>one-to-many</source>
        <translation>um-para-muitos</translation>
    </message>
    <message>
        <source>encoder-decoder</source>
        <translation>codificador-decodificador</translation>
    </message>
</context>
<context>
    <name>rnnlab::TrainingSession</name>
    <message>
        <source>These settings cannot be used: %1</source>
        <translation>Estas configurações não podem ser usadas: %1</translation>
    </message>
    <message>
        <source>Could not start training: %1. The previous run is kept.</source>
        <translation>Não foi possível iniciar o treino: %1. O treino anterior é mantido.</translation>
    </message>
    <message>
        <source>The data gives no training sequences; try a shorter lookback window.</source>
        <translation>Os dados não dão nenhuma sequência de treino; tente uma janela de entrada menor.</translation>
    </message>
    <message>
        <source>Nothing to train yet.</source>
        <translation>Ainda não há nada para treinar.</translation>
    </message>
    <message>
        <source>Training diverged: %1</source>
        <translation>O treino divergiu: %1</translation>
    </message>
    <message>
        <source>Could not evaluate the model: %1</source>
        <translation>Não foi possível avaliar o modelo: %1</translation>
    </message>
    <message>
        <source>The original sequence cannot be inspected: %1</source>
        <translation>A sequência original não pode ser inspecionada: %1</translation>
    </message>
    <message>
        <source>This sequence cannot be inspected: %1. The window shows the sample being trained.</source>
        <translation>Esta sequência não pode ser inspecionada: %1. A janela mostra a amostra que está sendo treinada.</translation>
    </message>
</context>
<context>
    <name>rnnlab::TrainingWorker</name>
    <message>
        <source>This moment cannot be restored; training continues from the present.</source>
        <translation>Este momento não pode ser restaurado; o treino continua do presente.</translation>
    </message>
    <message>
        <source>Core could not record this moment: %1</source>
        <translation>O núcleo não conseguiu registrar este momento: %1</translation>
    </message>
    <message>
        <source>Core could not inspect this sequence: %1</source>
        <translation>O núcleo não conseguiu inspecionar esta sequência: %1</translation>
    </message>
    <message>
        <source>There is nothing to inspect yet.</source>
        <translation>Ainda não há nada para inspecionar.</translation>
    </message>
</context>
<context>
    <name>rnnlab::TransportBar</name>
    <message>
        <source>Reset</source>
        <translation>Reiniciar</translation>
    </message>
    <message>
        <source>Re-initialise the network from the seed</source>
        <translation>Reinicializar a rede a partir da semente</translation>
    </message>
    <message>
        <source>◀ Back</source>
        <translation>◀ Voltar</translation>
    </message>
    <message>
        <source>Step back (Left, Page Up)</source>
        <translation>Voltar (Esquerda, Page Up)</translation>
    </message>
    <message>
        <source>Step ▶</source>
        <translation>Passo ▶</translation>
    </message>
    <message>
        <source>Step forward (Right, Page Down)</source>
        <translation>Avançar (Direita, Page Down)</translation>
    </message>
    <message>
        <source>t → t+1</source>
        <translation>t → t+1</translation>
    </message>
    <message>
        <source>One time step of the forward pass</source>
        <translation>Um passo de tempo do forward</translation>
    </message>
    <message>
        <source>BPTT t ← t+1</source>
        <translation>BPTT t ← t+1</translation>
    </message>
    <message>
        <source>One time step of backpropagation through time</source>
        <translation>Um passo de tempo da retropropagação no tempo</translation>
    </message>
    <message>
        <source>Sample</source>
        <translation>Amostra</translation>
    </message>
    <message>
        <source>One sample: forward, loss, backward, update</source>
        <translation>Uma amostra: forward, perda, backward, atualização</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Lote</translation>
    </message>
    <message>
        <source>One mini-batch</source>
        <translation>Um minilote</translation>
    </message>
    <message>
        <source>Epoch</source>
        <translation>Época</translation>
    </message>
    <message>
        <source>One whole epoch</source>
        <translation>Uma época inteira</translation>
    </message>
    <message>
        <source>▶ Play</source>
        <translation>▶ Tocar</translation>
    </message>
    <message>
        <source>Play or pause (Space)</source>
        <translation>Tocar ou pausar (Espaço)</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Velocidade</translation>
    </message>
    <message>
        <source>1: every time step · 2: every phase · 3: every sample · 4: every batch · 5: epochs</source>
        <translation>1: cada passo de tempo · 2: cada fase · 3: cada amostra · 4: cada lote · 5: épocas</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Histórico</translation>
    </message>
    <message>
        <source>Return to any recorded moment (weights, trace and metrics)</source>
        <translation>Voltar a qualquer momento gravado (pesos, traço e métricas)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>❚❚ Pause</source>
        <translation>❚❚ Pausar</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
</context>
<context>
    <name>rnnlab::UnrolledView</name>
    <message>
        <source>readout: the mean of h over the real steps (each weighs 1/%1)</source>
        <translation>leitura: a média de h nos passos reais (cada um pesa 1/%1)</translation>
    </message>
    <message>
        <source>Click a time step to inspect it; Ctrl + wheel zooms.</source>
        <translation>Clique num passo de tempo para inspecioná-lo; Ctrl + roda dá zoom.</translation>
    </message>
    <message>
        <source>The unrolled network appears here.</source>
        <translation>A rede desdobrada aparece aqui.</translation>
    </message>
    <message>
        <source>outputs y</source>
        <translation>saídas y</translation>
    </message>
    <message>
        <source>inputs x</source>
        <translation>entradas x</translation>
    </message>
    <message>
        <source>%1 h
layer %2%3</source>
        <translation>%1 h
camada %2%3</translation>
    </message>
    <message>
        <source>cell C</source>
        <translation>célula C</translation>
    </message>
    <message>
        <source>L = %1</source>
        <translation>L = %1</translation>
    </message>
</context>
<context>
    <name>rnnlab::ViewRegistry</name>
    <message>
        <source>Loss</source>
        <translation>Perda</translation>
    </message>
    <message>
        <source>Prediction</source>
        <translation>Previsão</translation>
    </message>
    <message>
        <source>Gates and states</source>
        <translation>Portões e estados</translation>
    </message>
    <message>
        <source>Gradients through time</source>
        <translation>Gradientes no tempo</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>Classificação</translation>
    </message>
    <message>
        <source>Which inputs matter</source>
        <translation>Quais entradas importam</translation>
    </message>
    <message>
        <source>Which words matter</source>
        <translation>Quais palavras importam</translation>
    </message>
    <message>
        <source>Gradient × input</source>
        <translation>Gradiente × entrada</translation>
    </message>
    <message>
        <source>Choose the sequence</source>
        <translation>Escolher a sequência</translation>
    </message>
</context>
<context>
    <name>rnnlab::WordOcclusionView</name>
    <message>
        <source>Which words push the prediction toward</source>
        <translation>Quais palavras empurram a previsão para</translation>
    </message>
    <message>
        <source>This lesson classifies no texts.</source>
        <translation>Esta aula não classifica textos.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The inspected sentence&lt;/b&gt; (orange: the word pushes the probability of %1 up, purple: down; how much: the change when the word is removed)&lt;br&gt;&lt;br&gt;</source>
        <translation>&lt;b&gt;A frase inspecionada&lt;/b&gt; (laranja: a palavra aumenta a probabilidade de %1, roxo: diminui; quanto: a mudança quando a palavra é removida)&lt;br&gt;&lt;br&gt;</translation>
    </message>
    <message>
        <source>%1 (+%2 %)</source>
        <translation>%1 (+%2 %)</translation>
    </message>
    <message>
        <source>No word pushes it toward %1.</source>
        <translation>Nenhuma palavra a empurra para %1.</translation>
    </message>
    <message>
        <source>Toward %1 most: %2.</source>
        <translation>Para %1, mais: %2.</translation>
    </message>
</context>
</TS>
