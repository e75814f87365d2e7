# Saúde do próprio histórico do guardião: o incidente que ele abre enquanto as amostras não podem ser gravadas no banco de dados.
# $problem is one of the history-problem-* messages; $error is SQLite's own words.

incident-history-not-written = O histórico não está sendo gravado: { $problem }
history-problem-write-failed = as gravações falham ({ $error })
history-problem-read-only = o banco de dados { $path } é somente leitura
history-problem-deleted = o banco de dados { $path } foi excluído; nada mais será gravado até o guardião reiniciar
history-problem-replaced = outro arquivo substituiu o banco de dados { $path }; nada mais será gravado até o guardião reiniciar
incident-history-resumed = { $dropped ->
    [0] O histórico voltou a ser gravado; todas as amostras mantidas na memória nesse meio-tempo foram salvas
    [one] O histórico voltou a ser gravado; 1 amostra foi descartada nesse meio-tempo (o buffer estava cheio)
   *[other] O histórico voltou a ser gravado; { $dropped } amostras foram descartadas nesse meio-tempo (o buffer estava cheio)
}
