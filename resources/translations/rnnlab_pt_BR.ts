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
        <source>Resources: %1</source>
        <translation>Resources: %1</translation>
    </message>
    <message>
        <source>Show the network reading TEXT (a sentence); given twice, the first beside the second (what if).</source>
        <translation>Mostrar a rede lendo TEXT (uma frase); dado duas vezes, a primeira ao lado da segunda (e se).</translation>
    </message>
    <message>
        <source>Show test sequence N (1 = the first).</source>
        <translation>Mostrar a sequência de teste N (1 = a primeira).</translation>
    </message>
    <message>
        <source>Open the saved session FILE.rnnlab.</source>
        <translation>Abre a sessão salva FILE.rnnlab.</translation>
    </message>
    <message>
        <source>Train (--after-epochs), save the session to FILE.rnnlab and quit.</source>
        <translation>Treina (--after-epochs), salva a sessão em FILE.rnnlab e sai.</translation>
    </message>
    <message>
        <source>Start training at once, an epoch a frame.</source>
        <translation>Começa a treinar logo, uma época por quadro.</translation>
    </message>
    <message>
        <source>Restore the work autosaved before a crash, without asking.</source>
        <translation>Restaura o trabalho salvo automaticamente antes de uma falha, sem perguntar.</translation>
    </message>
    <message>
        <source>Train, write an animation of the unrolled network to FILE (.gif, .mp4 or .webm) and quit; no window is shown.</source>
        <translation>Treina, grava uma animação da rede desdobrada em FILE (.gif, .mp4 ou .webm) e sai; nenhuma janela é mostrada.</translation>
    </message>
    <message>
        <source>Animate E epochs of training (one frame per epoch) instead of one forward and backward pass.</source>
        <translation>Anima E épocas de treinamento (um quadro por época) em vez de uma passagem para frente e para trás.</translation>
    </message>
    <message>
        <source>Size of the animation (default 960x540).</source>
        <translation>Tamanho da animação (padrão 960x540).</translation>
    </message>
    <message>
        <source>Frames per second of the animation (default 8).</source>
        <translation>Quadros por segundo da animação (padrão 8).</translation>
    </message>
    <message>
        <source>Show the plot KEY beside the network (loss, prediction, ...).</source>
        <translation>Mostra o gráfico KEY ao lado da rede (loss, prediction, ...).</translation>
    </message>
    <message>
        <source>Print each lesson&apos;s number, title and number of guided beats, and quit.</source>
        <translation>Mostra o número, o título e o número de etapas guiadas de cada lição, e sai.</translation>
    </message>
    <message>
        <source>Play the lesson&apos;s guided beats 1..K (with --screenshot).</source>
        <translation>Executa as etapas guiadas 1..K da lição (com --screenshot).</translation>
    </message>
    <message>
        <source>With --beat: also reveal beat K&apos;s answer.</source>
        <translation>Com --beat: revela também a resposta da etapa K.</translation>
    </message>
    <message>
        <source>Start in presenter mode (F11): the network and one view, in type for a projector (a screenshot is 1920 x 1080).</source>
        <translation>Abre no modo apresentação (F11): a rede e uma vista, em letras para projetor (uma captura tem 1920 x 1080).</translation>
    </message>
    <message>
        <source>A file to open: a session (.rnnlab), a lesson (.json) or a CSV file.</source>
        <translation>Um arquivo para abrir: uma sessão (.rnnlab), uma aula (.json) ou um arquivo CSV.</translation>
    </message>
    <message>
        <source>Restore unsaved work?</source>
        <translation>Restaurar o trabalho não salvo?</translation>
    </message>
    <message>
        <source>RNN Lab was not closed properly. Restore the work autosaved at %1?</source>
        <translation>O RNN Lab não foi fechado corretamente. Restaurar o trabalho salvo automaticamente em %1?</translation>
    </message>
    <message>
        <source>Wrote %1 (%2 frames).</source>
        <translation>Gravado %1 (%2 quadros).</translation>
    </message>
    <message>
        <source>--beat %1: lesson &quot;%2&quot; has beats 1 to %3.</source>
        <translation>--beat %1: a lição &quot;%2&quot; tem as etapas 1 a %3.</translation>
    </message>
    <message>
        <source>The window&apos;s size, e.g. 1280x800 (for screenshots).</source>
        <translation>O tamanho da janela, por exemplo 1280x800 (para capturas de tela).</translation>
    </message>
    <message>
        <source>--size takes WIDTHxHEIGHT, e.g. 1280x800, not %1</source>
        <translation>--size recebe LARGURAxALTURA, por exemplo 1280x800, e não %1</translation>
    </message>
</context>
<context>
    <name>rnnlab</name>
    <message>
        <source>expected a whole number</source>
        <translation>esperava um número inteiro</translation>
    </message>
    <message>
        <source>expected trained, train, validation, test or text</source>
        <translation>esperava trained, train, validation, test ou text</translation>
    </message>
    <message>
        <source>expected numbers</source>
        <translation>esperava números</translation>
    </message>
    <message>
        <source>Could not read the data file %1 (%2).</source>
        <translation>Não foi possível ler o arquivo de dados %1 (%2).</translation>
    </message>
    <message>
        <source>The data file %1 is larger than RNN Lab reads.</source>
        <translation>O arquivo de dados %1 é maior do que o RNN Lab lê.</translation>
    </message>
    <message>
        <source>The data file %1 has changed since the session was saved (its SHA-256 differs)</source>
        <translation>O arquivo de dados %1 mudou desde que a sessão foi salva (o SHA-256 é outro)</translation>
    </message>
    <message>
        <source>The data file %1 is missing</source>
        <translation>O arquivo de dados %1 não existe mais</translation>
    </message>
    <message>
        <source>%1: %2, and the session does not carry a copy of it: its weights were trained on other data. Put the original file back there and open the session again.</source>
        <translation>%1: %2, e a sessão não traz uma cópia dele: os seus pesos foram treinados com outros dados. Coloque o arquivo original de volta ali e abra a sessão de novo.</translation>
    </message>
    <message>
        <source>%1: &quot;data&quot;: the copy of %2 in the session is damaged (its SHA-256 is not the one recorded).</source>
        <translation>%1: &quot;data&quot;: a cópia de %2 na sessão está danificada (o SHA-256 não é o registrado).</translation>
    </message>
    <message>
        <source>%1: could not write the session&apos;s copy of %2 to %3 (%4).</source>
        <translation>%1: não foi possível gravar a cópia de %2 guardada na sessão em %3 (%4).</translation>
    </message>
    <message>
        <source>%1; the copy saved in the session is used (%2).</source>
        <translation>%1; a cópia salva na sessão é usada (%2).</translation>
    </message>
    <message>
        <source>expected a number in (0, 10]</source>
        <translation>esperava um número em (0, 10]</translation>
    </message>
    <message>
        <source>expected a whole number &gt;= 0</source>
        <translation>esperava um número inteiro &gt;= 0</translation>
    </message>
    <message>
        <source>Could not save %1: %2 The previous file is unchanged.</source>
        <translation>Não foi possível salvar %1: %2 O arquivo anterior não foi alterado.</translation>
    </message>
    <message>
        <source>Could not save %1: %2. The previous file is unchanged.</source>
        <translation>Não foi possível salvar %1: %2. O arquivo anterior não foi alterado.</translation>
    </message>
    <message>
        <source>Export as PyTorch</source>
        <translation>Exportar como PyTorch</translation>
    </message>
    <message>
        <source>There is no model to export yet: open a lesson or a dataset.</source>
        <translation>Ainda não há modelo para exportar: abra uma lição ou um conjunto de dados.</translation>
    </message>
    <message>
        <source>Export as PyTorch: choose a folder</source>
        <translation>Exportar como PyTorch: escolha uma pasta</translation>
    </message>
    <message>
        <source>%1 already holds %2 or %3. Replace them?</source>
        <translation>%1 já contém %2 ou %3. Substituir?</translation>
    </message>
    <message>
        <source>The model could not be exported: %1</source>
        <translation>Não foi possível exportar o modelo: %1</translation>
    </message>
    <message>
        <source>The network is written out with PyTorch in %1, its weights in %2.

Run it with Debian&apos;s PyTorch (apt install python3-torch):
    python3 %1 --help</source>
        <translation>A rede foi escrita com PyTorch em %1, e seus pesos em %2.

Execute-a com o PyTorch do Debian (apt install python3-torch):
    python3 %1 --help</translation>
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
    <name>rnnlab::AnimationExporter</name>
    <message>
        <source>No file was given for the animation.</source>
        <translation>Nenhum arquivo foi indicado para a animação.</translation>
    </message>
    <message>
        <source>%1: an animation is a .gif, .mp4 or .webm file.</source>
        <translation>%1: uma animação é um arquivo .gif, .mp4 ou .webm.</translation>
    </message>
    <message>
        <source>The animation&apos;s size %1 x %2 is outside 64 x 64 .. 3840 x 2160 pixels.</source>
        <translation>O tamanho da animação, %1 x %2, está fora de 64 x 64 .. 3840 x 2160 pixels.</translation>
    </message>
    <message>
        <source>A video&apos;s width and height must be even (%1 x %2).</source>
        <translation>A largura e a altura de um vídeo devem ser pares (%1 x %2).</translation>
    </message>
    <message>
        <source>The frame rate %1 is outside 0.5 .. 60 per second.</source>
        <translation>A taxa de quadros %1 está fora de 0,5 .. 60 por segundo.</translation>
    </message>
    <message>
        <source>The number of epochs %1 is outside 0 .. 10000.</source>
        <translation>O número de épocas %1 está fora de 0 .. 10000.</translation>
    </message>
    <message>
        <source>There is no plot called &quot;%1&quot; (one of: %2).</source>
        <translation>Não existe gráfico chamado &quot;%1&quot; (um destes: %2).</translation>
    </message>
    <message>
        <source>%1, t = %2 of %3</source>
        <translation>%1, t = %2 de %3</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1epoch %2&lt;/b&gt; · %3 · loss %4</source>
        <translation>&lt;b&gt;%1época %2&lt;/b&gt; · %3 · perda %4</translation>
    </message>
    <message>
        <source>There is no training run to animate.</source>
        <translation>Não há treinamento para animar.</translation>
    </message>
    <message>
        <source>There is no sequence on screen to animate.</source>
        <translation>Não há sequência na tela para animar.</translation>
    </message>
</context>
<context>
    <name>rnnlab::BeatBar</name>
    <message>
        <source>Guided lesson</source>
        <translation>Aula guiada</translation>
    </message>
    <message>
        <source>Previous beat (Left, Page Up)</source>
        <translation>Etapa anterior (seta para a esquerda, Page Up)</translation>
    </message>
    <message>
        <source>Next beat, or the answer (Space, Right, Page Down)</source>
        <translation>Próxima etapa, ou a resposta (Espaço, seta para a direita, Page Down)</translation>
    </message>
    <message>
        <source>Put the network back as this beat showed it (the run is replayed from its seed)</source>
        <translation>Devolve a rede ao estado desta etapa (o treino é refeito a partir da sua semente)</translation>
    </message>
    <message>
        <source>%1?</source>
        <translation>%1?</translation>
    </message>
    <message>
        <source>Beat %1: a question for the class</source>
        <translation>Etapa %1: uma pergunta para a turma</translation>
    </message>
    <message>
        <source>Beat %1</source>
        <translation>Etapa %1</translation>
    </message>
    <message>
        <source>↺ Back to beat %1</source>
        <translation>↺ Voltar à etapa %1</translation>
    </message>
    <message numerus="yes">
        <source>%n beat(s): press Space or → to start, or click a number.</source>
        <translation>
            <numerusform>%n etapa: aperte Espaço ou → para começar, ou clique num número.</numerusform>
            <numerusform>%n etapas: aperte Espaço ou → para começar, ou clique num número.</numerusform>
        </translation>
    </message>
    <message>
        <source>Predict:</source>
        <translation>Palpite:</translation>
    </message>
    <message>
        <source>What the network did:</source>
        <translation>O que a rede fez:</translation>
    </message>
    <message>
        <source>Next key: the app answers by doing it.</source>
        <translation>Próxima tecla: o app responde fazendo.</translation>
    </message>
    <message>
        <source>You left the guided path: explore, then come back to the beat.</source>
        <translation>Você saiu do roteiro: explore à vontade e depois volte à etapa.</translation>
    </message>
</context>
<context>
    <name>rnnlab::BoundedFile</name>
    <message>
        <source>%1: cannot open the file (%2)</source>
        <translation>%1: não foi possível abrir o arquivo (%2)</translation>
    </message>
    <message>
        <source>%1: the file is %2 bytes, more than the limit of %3 bytes (%4)</source>
        <translation>%1: o arquivo tem %2 bytes, mais que o limite de %3 bytes (%4)</translation>
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
    <message>
        <source>MLP</source>
        <translation>MLP</translation>
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
    <message>
        <source>copied into the context for t+1</source>
        <translation>copiado para o contexto em t+1</translation>
    </message>
    <message>
        <source>× (element-wise product)</source>
        <translation>× (produto elemento a elemento)</translation>
    </message>
    <message>
        <source>+ (element-wise sum)</source>
        <translation>+ (soma elemento a elemento)</translation>
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
    <name>rnnlab::ConnectivityView</name>
    <message>
        <source>The connectivity is drawn for numeric inputs (lesson 6&apos;s tasks).</source>
        <translation>A conectividade é desenhada para entradas numéricas (as tarefas da lição 6).</translation>
    </message>
    <message>
        <source>Train or step to see how far back the gradient reaches.</source>
        <translation>Treine ou avance um passo para ver até onde o gradiente volta.</translation>
    </message>
    <message>
        <source>Training an Elman network and an LSTM on the same data…</source>
        <translation>Treinando uma rede de Elman e uma LSTM nos mesmos dados…</translation>
    </message>
    <message>
        <source>How much the loss at t = %1 hears each earlier input: ‖∂L_t/∂x_s‖, log scale, relative to the largest</source>
        <translation>O quanto a perda em t = %1 ouve cada entrada anterior: ‖∂L_t/∂x_s‖, escala log, relativa à maior</translation>
    </message>
    <message>
        <source>Elman</source>
        <translation>Elman</translation>
    </message>
    <message>
        <source>LSTM</source>
        <translation>LSTM</translation>
    </message>
    <message>
        <source>The first input x₁ reaches the loss at t = %1 with 10^%2 of the strongest step&apos;s gradient in the Elman network, 10^%3 in the LSTM (both trained %4 epochs with the same seed, recurrent weights × %5 at the start). Click a column of the network to choose t.</source>
        <translation>A primeira entrada x₁ chega à perda em t = %1 com 10^%2 do gradiente do passo mais forte na rede de Elman, 10^%3 na LSTM (ambas treinadas %4 épocas com a mesma semente, pesos recorrentes × %5 no início). Clique numa coluna da rede para escolher t.</translation>
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
    <message>
        <source>automatic</source>
        <translation>automático</translation>
    </message>
    <message>
        <source>on: forecast the change</source>
        <translation>ligada: prever a variação</translation>
    </message>
    <message>
        <source>off: forecast the level</source>
        <translation>desligada: prever o nível</translation>
    </message>
    <message>
        <source>Differencing</source>
        <translation>Diferenciação</translation>
    </message>
    <message>
        <source>Transform</source>
        <translation>Transformação</translation>
    </message>
    <message>
        <source>Season (rows)</source>
        <translation>Estação (linhas)</translation>
    </message>
    <message>
        <source>What the network is given</source>
        <translation>O que a rede recebe</translation>
    </message>
    <message>
        <source>&lt;br&gt;Chosen from the %1 rows of the training part:</source>
        <translation>&lt;br&gt;Escolhido a partir das %1 linhas da parte de treino:</translation>
    </message>
    <message>
        <source>The pipeline could not be chosen: %1</source>
        <translation>Não foi possível escolher o pipeline: %1</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Arquivo: %1</translation>
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
    <name>rnnlab::ExportCentre</name>
    <message>
        <source>Unrolled network</source>
        <translation>Rede desdobrada</translation>
    </message>
    <message>
        <source>Cell inspector</source>
        <translation>Inspetor da célula</translation>
    </message>
    <message>
        <source>Equations</source>
        <translation>Equações</translation>
    </message>
    <message>
        <source>There is no view called &quot;%1&quot;.</source>
        <translation>Não existe visualização chamada &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>%1: copied to the clipboard.</source>
        <translation>%1: copiado para a área de transferência.</translation>
    </message>
    <message>
        <source>There is no %1 to export yet.</source>
        <translation>Ainda não há %1 para exportar.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Não foi possível gravar %1: %2</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <source>&amp;Copy the plot on show</source>
        <translation>&amp;Copiar o gráfico em exibição</translation>
    </message>
    <message>
        <source>&amp;Copy picture</source>
        <translation>&amp;Copiar imagem</translation>
    </message>
    <message>
        <source>&amp;Save picture as</source>
        <translation>&amp;Salvar imagem como</translation>
    </message>
    <message>
        <source>PNG (%1x)…</source>
        <translation>PNG (%1x)…</translation>
    </message>
    <message>
        <source>SVG (vector)…</source>
        <translation>SVG (vetorial)…</translation>
    </message>
    <message>
        <source>PDF (vector)…</source>
        <translation>PDF (vetorial)…</translation>
    </message>
    <message>
        <source>Save &amp;data as CSV</source>
        <translation>Salvar os &amp;dados como CSV</translation>
    </message>
    <message>
        <source>Export an &amp;animation…</source>
        <translation>Exportar uma &amp;animação…</translation>
    </message>
    <message>
        <source>Save %1</source>
        <translation>Salvar %1</translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>Arquivos %1 (*.%2)</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 salvo.</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Arquivos CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>rnnlab::ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Figura</translation>
    </message>
    <message>
        <source>Animation</source>
        <translation>Animação</translation>
    </message>
    <message>
        <source>Data (CSV)</source>
        <translation>Dados (CSV)</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Arquivo:</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Procurar…</translation>
    </message>
    <message>
        <source>Cancel the animation</source>
        <translation>Cancelar a animação</translation>
    </message>
    <message>
        <source>View:</source>
        <translation>Visualização:</translation>
    </message>
    <message>
        <source>PNG picture</source>
        <translation>Imagem PNG</translation>
    </message>
    <message>
        <source>SVG (vector, for the web and Inkscape)</source>
        <translation>SVG (vetorial, para a web e o Inkscape)</translation>
    </message>
    <message>
        <source>PDF (vector, for LaTeX and print)</source>
        <translation>PDF (vetorial, para LaTeX e impressão)</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Formato:</translation>
    </message>
    <message>
        <source>%1x</source>
        <translation>%1x</translation>
    </message>
    <message>
        <source>Pixels per screen pixel: 2x and 4x are sharp on slides and in print.</source>
        <translation>Pixels por pixel da tela: 2x e 4x ficam nítidos em slides e na impressão.</translation>
    </message>
    <message>
        <source>Scale:</source>
        <translation>Escala:</translation>
    </message>
    <message>
        <source>Copy to the clipboard</source>
        <translation>Copiar para a área de transferência</translation>
    </message>
    <message>
        <source>Copied %1 to the clipboard.</source>
        <translation>%1 copiado para a área de transferência.</translation>
    </message>
    <message>
        <source>One forward and backward pass of the sequence on screen</source>
        <translation>Uma passagem para frente e para trás da sequência na tela</translation>
    </message>
    <message>
        <source>Epochs of training (one frame per epoch)</source>
        <translation>Épocas de treinamento (um quadro por época)</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Mostrar:</translation>
    </message>
    <message>
        <source>The run trains these epochs on, as the Epoch button would.</source>
        <translation>O treinamento continua por essas épocas, como faria o botão Época.</translation>
    </message>
    <message>
        <source>Epochs:</source>
        <translation>Épocas:</translation>
    </message>
    <message>
        <source>None (the network only)</source>
        <translation>Nenhum (só a rede)</translation>
    </message>
    <message>
        <source>Plot beside it:</source>
        <translation>Gráfico ao lado:</translation>
    </message>
    <message>
        <source>Animated GIF</source>
        <translation>GIF animado</translation>
    </message>
    <message>
        <source>MP4 video (H.264)</source>
        <translation>Vídeo MP4 (H.264)</translation>
    </message>
    <message>
        <source>WebM video (VP9)</source>
        <translation>Vídeo WebM (VP9)</translation>
    </message>
    <message>
        <source>pixels</source>
        <translation>pixels</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Tamanho:</translation>
    </message>
    <message>
        <source> frames per second</source>
        <translation> quadros por segundo</translation>
    </message>
    <message>
        <source>Frame rate:</source>
        <translation>Taxa de quadros:</translation>
    </message>
    <message>
        <source>Table:</source>
        <translation>Tabela:</translation>
    </message>
    <message>
        <source>Comma-separated, one header line, numbers with 17 significant digits. The Trace has one line per value: time step, token, layer, direction, quantity, unit and value; every gate, state and gradient of the sequence on screen.</source>
        <translation>Separado por vírgulas, uma linha de cabeçalho, números com 17 algarismos significativos. O Trace tem uma linha por valor: passo de tempo, token, camada, direção, grandeza, unidade e valor; cada porta, estado e gradiente da sequência na tela.</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exportar para</translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>Arquivos %1 (*.%2)</translation>
    </message>
    <message>
        <source>Choose a file to export to.</source>
        <translation>Escolha um arquivo para exportar.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 salvo.</translation>
    </message>
    <message>
        <source>Writing the animation…</source>
        <translation>Gravando a animação…</translation>
    </message>
    <message>
        <source>Cancelled: nothing was written.</source>
        <translation>Cancelado: nada foi gravado.</translation>
    </message>
</context>
<context>
    <name>rnnlab::FrameWriter</name>
    <message>
        <source>%1: cannot write the file (%2).</source>
        <translation>%1: não foi possível gravar o arquivo (%2).</translation>
    </message>
    <message>
        <source>%1: an animation is a .gif, .mp4 or .webm file.</source>
        <translation>%1: uma animação é um arquivo .gif, .mp4 ou .webm.</translation>
    </message>
    <message>
        <source>%1: the size %2 x %3 is outside 16 x 16 .. 7680 x 4320 pixels.</source>
        <translation>%1: o tamanho %2 x %3 está fora de 16 x 16 .. 7680 x 4320 pixels.</translation>
    </message>
    <message>
        <source>%1: the frame rate %2 is outside 0.5 .. 60 per second.</source>
        <translation>%1: a taxa de quadros %2 está fora de 0,5 .. 60 por segundo.</translation>
    </message>
    <message>
        <source>%1: a video&apos;s width and height must be even (%2 x %3).</source>
        <translation>%1: a largura e a altura de um vídeo devem ser pares (%2 x %3).</translation>
    </message>
</context>
<context>
    <name>rnnlab::GifWriter</name>
    <message>
        <source>cannot create the file</source>
        <translation>não foi possível criar o arquivo</translation>
    </message>
    <message>
        <source>cannot write the header</source>
        <translation>não foi possível gravar o cabeçalho</translation>
    </message>
    <message>
        <source>%1: %2 (%3).</source>
        <translation>%1: %2 (%3).</translation>
    </message>
    <message>
        <source>cannot reduce the colours</source>
        <translation>não foi possível reduzir as cores</translation>
    </message>
    <message>
        <source>cannot write frame %1</source>
        <translation>não foi possível gravar o quadro %1</translation>
    </message>
    <message>
        <source>%1: cannot finish the file (%2).</source>
        <translation>%1: não foi possível concluir o arquivo (%2).</translation>
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
    <name>rnnlab::GuideController</name>
    <message>
        <source>Guided keys</source>
        <translation>Teclas do roteiro</translation>
    </message>
    <message>
        <source>On: Space, the arrows and Page Up/Down move through the beats (G). Off: they step the network as before.</source>
        <translation>Ligado: Espaço, as setas e Page Up/Down percorrem as etapas (G). Desligado: elas avançam a rede passo a passo, como antes.</translation>
    </message>
    <message>
        <source>This beat opens the view &quot;%1&quot;, which this version does not have.</source>
        <translation>Esta etapa abre a visão &quot;%1&quot;, que esta versão não tem.</translation>
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
    <name>rnnlab::HoverText</name>
    <message>
        <source>∂L/∂(pre-activation of %1) = %2</source>
        <translation>∂L/∂(pré-ativação de %1) = %2</translation>
    </message>
    <message>
        <source>
∂L/∂h = %1</source>
        <translation>
∂L/∂h = %1</translation>
    </message>
    <message>
        <source>
gradient: none recorded yet (run the backward pass)</source>
        <translation>
gradiente: nenhum registrado ainda (rode a passagem para trás)</translation>
    </message>
    <message>
        <source>
gradient carried back: ‖∂L/∂h_t‖ = %1</source>
        <translation>
gradiente levado de volta: ‖∂L/∂h_t‖ = %1</translation>
    </message>
    <message>
        <source>: the input at t = %1</source>
        <translation>: a entrada em t = %1</translation>
    </message>
    <message>
        <source>: the output at t = %1, fed back</source>
        <translation>: a saída em t = %1, realimentada</translation>
    </message>
    <message>
        <source>
none yet: the context starts at zero</source>
        <translation>
nenhuma ainda: o contexto começa em zero</translation>
    </message>
    <message>
        <source>, unit %1, t = %2</source>
        <translation>, unidade %1, t = %2</translation>
    </message>
    <message>
        <source>
%1 = 0 (the initial state)</source>
        <translation>
%1 = 0 (o estado inicial)</translation>
    </message>
    <message>
        <source>gradient: none recorded yet (run the backward pass)</source>
        <translation>gradiente: nenhum registrado ainda (rode a passagem para trás)</translation>
    </message>
    <message>
        <source>arrow %1 → %2</source>
        <translation>seta %1 → %2</translation>
    </message>
    <message>
        <source>
carries %1 = %2 (unit %3)</source>
        <translation>
leva %1 = %2 (unidade %3)</translation>
    </message>
    <message>
        <source>
carries %1 = 0 (the initial state)</source>
        <translation>
leva %1 = 0 (o estado inicial)</translation>
    </message>
    <message>
        <source>
gradient flowing back along it: %1</source>
        <translation>
gradiente que volta por ela: %1</translation>
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
    <message>
        <source>training window %1</source>
        <translation>janela de treino %1</translation>
    </message>
    <message>
        <source>validation window %1</source>
        <translation>janela de validação %1</translation>
    </message>
    <message>
        <source>test window %1</source>
        <translation>janela de teste %1</translation>
    </message>
    <message>
        <source>typed sentence</source>
        <translation>frase digitada</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source> (just trained)</source>
        <translation> (acabou de ser treinada)</translation>
    </message>
    <message>
        <source> (follows training)</source>
        <translation> (segue o treino)</translation>
    </message>
    <message>
        <source>, values changed</source>
        <translation>, valores alterados</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>The sequence every view shows</source>
        <translation>A sequência que todas as vistas mostram</translation>
    </message>
    <message>
        <source>&lt;b&gt;On screen:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Na tela:&lt;/b&gt; %1</translation>
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
    <name>rnnlab::Lesson</name>
    <message>
        <source>Could not save %1: %2. The previous file is unchanged.</source>
        <translation>Não foi possível salvar %1: %2. O arquivo anterior não foi alterado.</translation>
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
    <message>
        <source>&amp;High-contrast colours</source>
        <translation>Cores de &amp;alto contraste</translation>
    </message>
    <message>
        <source>Guided lesson (G turns it on or off): Space, Right or Page Down: next beat, or the answer to its question · Left or Page Up: back
Space (Shift+Space in a guided lesson): play or pause
Right or Page Down (Shift+Right): step forward
Left or Page Up (Shift+Left): step back
F: one time step forward · B: one step of BPTT
S: one sample · Shift+S: one batch · E: one epoch
F11: presenter view · Ctrl + wheel: zoom</source>
        <translation>Aula guiada (G liga ou desliga): Espaço, seta para a direita ou Page Down: próxima etapa, ou a resposta da sua pergunta · Seta para a esquerda ou Page Up: voltar
Espaço (Shift+Espaço numa aula guiada): reproduzir ou pausar
Seta para a direita ou Page Down (Shift+seta para a direita): avançar um passo
Seta para a esquerda ou Page Up (Shift+seta para a esquerda): voltar um passo
F: um passo de tempo para frente · B: um passo de BPTT
S: uma amostra · Shift+S: um lote · E: uma época
F11: modo apresentação · Ctrl + roda: zoom</translation>
    </message>
    <message>
        <source>Export as Py&amp;Torch…</source>
        <translation>Exportar como Py&amp;Torch…</translation>
    </message>
</context>
<context>
    <name>rnnlab::MlpView</name>
    <message>
        <source>The MLP reads one window of a series at once: it is shown for forecasts (lesson 1).</source>
        <translation>A MLP lê uma janela da série de uma vez: ela aparece em previsões (lição 1).</translation>
    </message>
    <message>
        <source>The MLP answers once per window: choose the many-to-one topology.</source>
        <translation>A MLP responde uma vez por janela: escolha a topologia muitos-para-um.</translation>
    </message>
    <message>
        <source>Train or step to see the MLP beside the RNN.</source>
        <translation>Treine ou avance um passo para ver a MLP ao lado da RNN.</translation>
    </message>
    <message>
        <source>Training the MLP on the same windows…</source>
        <translation>Treinando a MLP nas mesmas janelas…</translation>
    </message>
    <message>
        <source>MLP: the whole window at once</source>
        <translation>MLP: a janela inteira de uma vez</translation>
    </message>
    <message>
        <source>%1 tanh units</source>
        <translation>%1 unidades tanh</translation>
    </message>
    <message>
        <source>RNN: one value per step, the same W and U</source>
        <translation>RNN: um valor por passo, os mesmos W e U</translation>
    </message>
    <message>
        <source>MLP: %1 weights; W₁ is %2 × %3, one column for each position of the window. Test RMSE %4 after %5 epochs.</source>
        <translation>MLP: %1 pesos; W₁ é %2 × %3, uma coluna para cada posição da janela. RMSE de teste %4 após %5 épocas.</translation>
    </message>
    <message>
        <source>RNN (%1): %2 weights; W and U are the same at each of the %3 steps, and h carries the past. Test RMSE %4 after %5 epochs.</source>
        <translation>RNN (%1): %2 pesos; W e U são os mesmos em cada um dos %3 passos, e h carrega o passado. RMSE de teste %4 após %5 épocas.</translation>
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
    <name>rnnlab::PipelineExplanation</name>
    <message>
        <source>the hour-to-hour change</source>
        <translation>a variação de hora em hora</translation>
    </message>
    <message>
        <source>the day-to-day change</source>
        <translation>a variação de um dia para o outro</translation>
    </message>
    <message>
        <source>the week-to-week change</source>
        <translation>a variação de uma semana para a outra</translation>
    </message>
    <message>
        <source>the month-to-month change</source>
        <translation>a variação de um mês para o outro</translation>
    </message>
    <message>
        <source>the quarter-to-quarter change</source>
        <translation>a variação de um trimestre para o outro</translation>
    </message>
    <message>
        <source>the year-to-year change</source>
        <translation>a variação de um ano para o outro</translation>
    </message>
    <message>
        <source>the change from row to row</source>
        <translation>a variação de uma linha para a outra</translation>
    </message>
    <message>
        <source>The series grows or falls (a straight line explains %1 % of it): the network forecasts %2.</source>
        <translation>A série cresce ou cai (uma reta explica %1 % dela): a rede prevê %2.</translation>
    </message>
    <message>
        <source>The series wanders (lag-1 autocorrelation %1): the network forecasts %2.</source>
        <translation>A série vagueia (autocorrelação de defasagem 1: %1): a rede prevê %2.</translation>
    </message>
    <message>
        <source>No trend (a straight line explains %1 %): the network forecasts the level itself.</source>
        <translation>Sem tendência (uma reta explica %1 %): a rede prevê o próprio nível.</translation>
    </message>
    <message>
        <source>Differencing on, as you chose.</source>
        <translation>Diferenciação ligada, como você escolheu.</translation>
    </message>
    <message>
        <source>Differencing off, as you chose.</source>
        <translation>Diferenciação desligada, como você escolheu.</translation>
    </message>
    <message>
        <source>The seasonal swing grows with the level (slope %1): the network is given the log of the series.</source>
        <translation>A oscilação sazonal cresce com o nível (inclinação %1): a rede recebe o log da série.</translation>
    </message>
    <message>
        <source>The seasonal swing grows with the level, less than in proportion (slope %1): a Box-Cox transform with lambda %2.</source>
        <translation>A oscilação sazonal cresce com o nível, menos que proporcionalmente (inclinação %1): uma transformação de Box-Cox com lambda %2.</translation>
    </message>
    <message>
        <source>The swing does not grow with the level: no transform.</source>
        <translation>A oscilação não cresce com o nível: sem transformação.</translation>
    </message>
    <message>
        <source>The series has values of 0 or below: no log transform.</source>
        <translation>A série tem valores iguais ou abaixo de 0: sem transformação log.</translation>
    </message>
    <message>
        <source>No seasonal swing to steady: no transform.</source>
        <translation>Nenhuma oscilação sazonal a estabilizar: sem transformação.</translation>
    </message>
    <message>
        <source>Transform %1, as you chose.</source>
        <translation>Transformação %1, como você escolheu.</translation>
    </message>
    <message>
        <source>A season of %1 rows (autocorrelation %2 at that lag): the lookback covers it, and seasonal naive (the value %1 rows before) is a baseline to beat.</source>
        <translation>Uma estação de %1 linhas (autocorrelação %2 nessa defasagem): a janela a cobre, e o ingênuo sazonal (o valor %1 linhas antes) é uma referência a vencer.</translation>
    </message>
    <message>
        <source>No season in the autocorrelation: persistence (the last value) is the baseline; seasonal naive repeats the value %1 rows before.</source>
        <translation>Nenhuma estação na autocorrelação: a persistência (o último valor) é a referência; o ingênuo sazonal repete o valor %1 linhas antes.</translation>
    </message>
    <message>
        <source>A season of %1 rows, as you chose.</source>
        <translation>Uma estação de %1 linhas, como você escolheu.</translation>
    </message>
    <message>
        <source>The lookback covers one season: %1 steps.</source>
        <translation>A janela cobre uma estação: %1 passos.</translation>
    </message>
    <message>
        <source>The season is long: the lookback is capped at %1 steps.</source>
        <translation>A estação é longa: a janela é limitada a %1 passos.</translation>
    </message>
    <message>
        <source>The lookback reaches the last lag whose partial autocorrelation counts: %1 steps.</source>
        <translation>A janela alcança a última defasagem cuja autocorrelação parcial conta: %1 passos.</translation>
    </message>
    <message>
        <source>A lookback of %1 steps, as you chose.</source>
        <translation>Uma janela de %1 passos, como você escolheu.</translation>
    </message>
    <message>
        <source>The training part is short: the lookback is shortened to %1 steps.</source>
        <translation>A parte de treino é curta: a janela é encurtada para %1 passos.</translation>
    </message>
    <message>
        <source>The changes are scaled to [-1, 1] with the range of the training part.</source>
        <translation>As variações são escaladas para [-1, 1] com a amplitude da parte de treino.</translation>
    </message>
    <message>
        <source>The values are scaled to [0, 1] with the range of the training part.</source>
        <translation>Os valores são escalados para [0, 1] com a amplitude da parte de treino.</translation>
    </message>
    <message>
        <source>A long series: %1 epochs show the network about 75000 windows.</source>
        <translation>Uma série longa: %1 épocas mostram à rede cerca de 75000 janelas.</translation>
    </message>
    <message>
        <source>Texts in &quot;%1&quot; and their classes in &quot;%2&quot;: a classification.</source>
        <translation>Textos em &quot;%1&quot; e suas classes em &quot;%2&quot;: uma classificação.</translation>
    </message>
    <message>
        <source>No date column (the x axis counts rows).</source>
        <translation>Sem coluna de datas (o eixo x conta linhas).</translation>
    </message>
    <message>
        <source>Dates in &quot;%1&quot; (%2).</source>
        <translation>Datas em &quot;%1&quot; (%2).</translation>
    </message>
    <message numerus="yes">
        <source>%1 %n numeric column(s); the target is &quot;%2&quot;.</source>
        <translation>
            <numerusform>%1 %n coluna numérica; o alvo é &quot;%2&quot;.</numerusform>
            <numerusform>%1 %n colunas numéricas; o alvo é &quot;%2&quot;.</numerusform>
        </translation>
    </message>
    <message>
        <source>No partial autocorrelation at lags 1 and 2 (the farther lags that pass are chance): a lookback of %1 steps, one cycle of the calendar when the rows have dates.</source>
        <translation>Nenhuma autocorrelação parcial nas defasagens 1 e 2 (as defasagens mais distantes que passam no teste são acaso): uma janela de %1 passos, um ciclo do calendário quando as linhas têm datas.</translation>
    </message>
</context>
<context>
    <name>rnnlab::PipelineView</name>
    <message>
        <source>raw series</source>
        <translation>série bruta</translation>
    </message>
    <message>
        <source>what the network learns</source>
        <translation>o que a rede aprende</translation>
    </message>
    <message>
        <source>row of the table</source>
        <translation>linha da tabela</translation>
    </message>
    <message>
        <source>The pipeline of a series read from a CSV file is drawn here.</source>
        <translation>O pipeline de uma série lida de um arquivo CSV é desenhado aqui.</translation>
    </message>
    <message>
        <source>The pipeline cannot be drawn: %1</source>
        <translation>O pipeline não pode ser desenhado: %1</translation>
    </message>
    <message>
        <source>test →</source>
        <translation>teste →</translation>
    </message>
    <message>
        <source>validation →</source>
        <translation>validação →</translation>
    </message>
    <message>
        <source>the %1 of the series</source>
        <translation>o %1 da série</translation>
    </message>
    <message>
        <source>its change from the row before</source>
        <translation>sua variação em relação à linha anterior</translation>
    </message>
    <message>
        <source>scaled (%1) with the training part&apos;s range</source>
        <translation>escalada (%1) com a amplitude da parte de treino</translation>
    </message>
    <message>
        <source>Top: %1 as read. Bottom: what the network learns: %2. Shaded: one window of %3 steps (the last of the training part); the red circle: the value it forecasts.</source>
        <translation>Em cima: %1 como lido. Embaixo: o que a rede aprende: %2. Sombreado: uma janela de %3 passos (a última da parte de treino); o círculo vermelho: o valor que ela prevê.</translation>
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
        <source>date</source>
        <translation>data</translation>
    </message>
    <message>
        <source>Click a point to inspect the window that forecasts it.</source>
        <translation>Clique em um ponto para inspecionar a janela que o prevê.</translation>
    </message>
    <message>
        <source>lookback %1 → horizon %2</source>
        <translation>janela %1 → horizonte %2</translation>
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
    <message>
        <source>%1 (type to edit)</source>
        <translation>%1 (digite para editar)</translation>
    </message>
    <message>
        <source>x (as the network reads it)</source>
        <translation>x (como a rede o lê)</translation>
    </message>
    <message>
        <source>: the network forecasts &lt;b&gt;%1&lt;/b&gt; %2 (true: %3)</source>
        <translation>: a rede prevê &lt;b&gt;%1&lt;/b&gt; %2 (verdadeiro: %3)</translation>
    </message>
</context>
<context>
    <name>rnnlab::SessionManager</name>
    <message>
        <source>RNN Lab sessions (*.rnnlab);;All files (*)</source>
        <translation>Sessões do RNN Lab (*.rnnlab);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>&amp;Open session…</source>
        <translation>&amp;Abrir sessão…</translation>
    </message>
    <message>
        <source>Open a session</source>
        <translation>Abrir uma sessão</translation>
    </message>
    <message>
        <source>&amp;Save session</source>
        <translation>&amp;Salvar sessão</translation>
    </message>
    <message>
        <source>Save session &amp;as…</source>
        <translation>Salvar sessão &amp;como…</translation>
    </message>
    <message>
        <source>Open &amp;lesson…</source>
        <translation>Abrir &amp;aula…</translation>
    </message>
    <message>
        <source>Open a lesson</source>
        <translation>Abrir uma aula</translation>
    </message>
    <message>
        <source>Lessons (*.json);;All files (*)</source>
        <translation>Aulas (*.json);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Save as l&amp;esson…</source>
        <translation>Salvar como a&amp;ula…</translation>
    </message>
    <message>
        <source>Save as lesson</source>
        <translation>Salvar como aula</translation>
    </message>
    <message>
        <source>The present model, data, settings and open view, with your own words for the class.</source>
        <translation>O modelo, os dados, as configurações e a visualização abertos agora, com as suas próprias palavras para a turma.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Question for the class</source>
        <translation>Pergunta para a turma</translation>
    </message>
    <message>
        <source>Lessons (*.json)</source>
        <translation>Aulas (*.json)</translation>
    </message>
    <message>
        <source>&amp;Export model…</source>
        <translation>&amp;Exportar modelo…</translation>
    </message>
    <message>
        <source>Export the model</source>
        <translation>Exportar o modelo</translation>
    </message>
    <message>
        <source>Model files (*.json)</source>
        <translation>Arquivos de modelo (*.json)</translation>
    </message>
    <message>
        <source>&amp;Import model…</source>
        <translation>&amp;Importar modelo…</translation>
    </message>
    <message>
        <source>Import a model</source>
        <translation>Importar um modelo</translation>
    </message>
    <message>
        <source>Model files (*.json);;All files (*)</source>
        <translation>Arquivos de modelo (*.json);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Save the session</source>
        <translation>Salvar a sessão</translation>
    </message>
    <message>
        <source>There is nothing to save yet.</source>
        <translation>Ainda não há nada para salvar.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 salvo.</translation>
    </message>
    <message>
        <source>Could not open the session: %1</source>
        <translation>Não foi possível abrir a sessão: %1</translation>
    </message>
    <message>
        <source>%1[*] — RNN Lab</source>
        <translation>%1[*] — RNN Lab</translation>
    </message>
    <message>
        <source>Autosave failed: %1</source>
        <translation>O salvamento automático falhou: %1</translation>
    </message>
    <message>
        <source>The autosaved work cannot be restored: %1</source>
        <translation>O trabalho salvo automaticamente não pode ser restaurado: %1</translation>
    </message>
    <message>
        <source>The autosaved work is restored.</source>
        <translation>O trabalho salvo automaticamente foi restaurado.</translation>
    </message>
    <message>
        <source>Unsaved work</source>
        <translation>Trabalho não salvo</translation>
    </message>
    <message>
        <source>The training of this session is not saved. Save it before closing?</source>
        <translation>O treino desta sessão não está salvo. Salvar antes de fechar?</translation>
    </message>
    <message>
        <source>There is no model to export yet.</source>
        <translation>Ainda não há modelo para exportar.</translation>
    </message>
    <message>
        <source>Could not save %1: %2. The previous file is unchanged.</source>
        <translation>Não foi possível salvar %1: %2. O arquivo anterior não foi alterado.</translation>
    </message>
    <message>
        <source>Model exported to %1.</source>
        <translation>Modelo exportado para %1.</translation>
    </message>
    <message>
        <source>Could not import the model: %1</source>
        <translation>Não foi possível importar o modelo: %1</translation>
    </message>
    <message>
        <source>Could not import the model: its data file %1 is not on this computer, and the app shows a model with its data (rnnlab-train --load predicts without it).</source>
        <translation>Não foi possível importar o modelo: o arquivo de dados %1 não está neste computador, e o aplicativo mostra um modelo com os seus dados (rnnlab-train --load prevê sem ele).</translation>
    </message>
    <message>
        <source>Model imported from %1.</source>
        <translation>Modelo importado de %1.</translation>
    </message>
    <message>
        <source>A lesson needs a title.</source>
        <translation>Uma aula precisa de um título.</translation>
    </message>
    <message>
        <source>This run cannot be saved as a lesson: %1</source>
        <translation>Este treino não pode ser salvo como aula: %1</translation>
    </message>
    <message>
        <source>Lesson saved to %1.</source>
        <translation>Aula salva em %1.</translation>
    </message>
    <message>
        <source>Could not open the lesson: %1</source>
        <translation>Não foi possível abrir a aula: %1</translation>
    </message>
</context>
<context>
    <name>rnnlab::SnapshotCsv</name>
    <message>
        <source>Trace of the sequence on screen (values and gradients)</source>
        <translation>Trace da sequência na tela (valores e gradientes)</translation>
    </message>
    <message>
        <source>Predictions and targets</source>
        <translation>Previsões e alvos</translation>
    </message>
    <message>
        <source>Loss history</source>
        <translation>Histórico da perda</translation>
    </message>
    <message>
        <source>Confusion matrix</source>
        <translation>Matriz de confusão</translation>
    </message>
</context>
<context>
    <name>rnnlab::TaskNames</name>
    <message>
        <source>value</source>
        <translation>valor</translation>
    </message>
    <message>
        <source>bit</source>
        <translation>bit</translation>
    </message>
    <message>
        <source>next bit</source>
        <translation>próximo bit</translation>
    </message>
    <message>
        <source>marker</source>
        <translation>marcador</translation>
    </message>
    <message>
        <source>sum</source>
        <translation>soma</translation>
    </message>
    <message>
        <source>reset</source>
        <translation>reinício</translation>
    </message>
    <message>
        <source>sum since reset</source>
        <translation>soma desde o reinício</translation>
    </message>
    <message>
        <source>x</source>
        <translation>x</translation>
    </message>
    <message>
        <source>class 0</source>
        <translation>classe 0</translation>
    </message>
    <message>
        <source>class 1</source>
        <translation>classe 1</translation>
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
    <message>
        <source>The window trains a recurrent network (elman, jordan, lstm or gru); the MLP is trained beside it in the tab &quot;MLP vs RNN&quot;.</source>
        <translation>A janela treina uma rede recorrente (elman, jordan, lstm ou gru); a MLP é treinada ao lado dela na aba &quot;MLP vs RNN&quot;.</translation>
    </message>
    <message>
        <source>The model&apos;s weights do not fit this network: %1</source>
        <translation>Os pesos do modelo não cabem nesta rede: %1</translation>
    </message>
    <message>
        <source>The session holds no moment of training.</source>
        <translation>A sessão não guarda nenhum momento do treino.</translation>
    </message>
    <message>
        <source>The saved training state does not fit this run: %1</source>
        <translation>O estado de treino salvo não cabe neste treino: %1</translation>
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
    <message>
        <source>W x_t: the input at t = %1 into the cell, through W (the same W at every step)</source>
        <translation>W x_t: a entrada em t = %1 entra na célula por W (o mesmo W em todos os passos)</translation>
    </message>
    <message>
        <source>U h_{t-1}: h at t = %1 into step %2, through U (the same U at every step)</source>
        <translation>U h_{t-1}: h em t = %1 entra no passo %2 por U (o mesmo U em todos os passos)</translation>
    </message>
    <message>
        <source>input x_t at t = %1</source>
        <translation>entrada x_t em t = %1</translation>
    </message>
    <message>
        <source>output y_t at t = %1: %2</source>
        <translation>saída y_t em t = %1: %2</translation>
    </message>
    <message>
        <source>
target: %1</source>
        <translation>
alvo: %1</translation>
    </message>
    <message>
        <source>%1 cell, layer %2, t = %3, unit %4</source>
        <translation>célula %1, camada %2, t = %3, unidade %4</translation>
    </message>
    <message>
        <source>readout: each unit&apos;s maximum of h over the real steps (the number: units whose maximum is at that step)</source>
        <translation>saída: o máximo de h de cada unidade nos passos reais (o número: unidades cujo máximo está naquele passo)</translation>
    </message>
    <message>
        <source>, and the mean of the word vectors (skip path)</source>
        <translation>, e a média dos vetores de palavras (caminho direto)</translation>
    </message>
</context>
<context>
    <name>rnnlab::VideoWriter</name>
    <message>
        <source>no %1 writer</source>
        <translation>não há gravador de %1</translation>
    </message>
    <message>
        <source>no video encoder</source>
        <translation>não há codificador de vídeo</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>memória insuficiente</translation>
    </message>
    <message>
        <source>cannot start the %1 encoder</source>
        <translation>não foi possível iniciar o codificador %1</translation>
    </message>
    <message>
        <source>cannot set up the stream</source>
        <translation>não foi possível configurar o fluxo de vídeo</translation>
    </message>
    <message>
        <source>cannot create the file</source>
        <translation>não foi possível criar o arquivo</translation>
    </message>
    <message>
        <source>cannot write the header</source>
        <translation>não foi possível gravar o cabeçalho</translation>
    </message>
    <message>
        <source>cannot convert the colours</source>
        <translation>não foi possível converter as cores</translation>
    </message>
    <message>
        <source>%1: %2 (%3).</source>
        <translation>%1: %2 (%3).</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <source>cannot encode frame %1</source>
        <translation>não foi possível codificar o quadro %1</translation>
    </message>
    <message>
        <source>cannot write the file</source>
        <translation>não foi possível gravar o arquivo</translation>
    </message>
    <message>
        <source>cannot finish the file</source>
        <translation>não foi possível concluir o arquivo</translation>
    </message>
</context>
<context>
    <name>rnnlab::ViewExporter</name>
    <message>
        <source>Made with RNN Lab</source>
        <translation>Feito com o RNN Lab</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Não foi possível gravar %1: %2</translation>
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
    <message>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <source>MLP vs RNN</source>
        <translation>MLP vs RNN</translation>
    </message>
    <message>
        <source>Gradient connectivity</source>
        <translation>Conectividade do gradiente</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Treino</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <source>Inside</source>
        <translation>Por dentro</translation>
    </message>
    <message>
        <source>Explain</source>
        <translation>Explicar</translation>
    </message>
</context>
<context>
    <name>rnnlab::WindowEditor</name>
    <message>
        <source>original</source>
        <translation>original</translation>
    </message>
    <message>
        <source>window (drag a point)</source>
        <translation>janela (arraste um ponto)</translation>
    </message>
    <message>
        <source>forecast</source>
        <translation>previsão</translation>
    </message>
    <message>
        <source>true value</source>
        <translation>valor verdadeiro</translation>
    </message>
    <message>
        <source>step</source>
        <translation>passo</translation>
    </message>
    <message>
        <source>○ the window: drag a point · ◆ forecast · × true value · dashed: the original</source>
        <translation>○ a janela: arraste um ponto · ◆ previsão · × valor verdadeiro · tracejado: o original</translation>
    </message>
    <message>
        <source>Drag a point up or down: the forecast follows</source>
        <translation>Arraste um ponto para cima ou para baixo: a previsão acompanha</translation>
    </message>
    <message>
        <source>x (first input)</source>
        <translation>x (primeira entrada)</translation>
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
