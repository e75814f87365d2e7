## Evidências em que um auditor pode confiar (issue 16): pontos de verificação assinados fora do banco
## de dados, relatórios assinados, a seção de integridade do relatório e a página de Conformidade.

cli-audit-intact = Log de auditoria íntegro: { $rows ->
    [one] uma linha
   *[other] { $rows } linhas
}, cabeça { $head }.
cli-audit-checkpoint-ok = Ele corresponde ao ponto de verificação assinado mais recente ({ $signed ->
    [one] uma linha
   *[other] { $signed } linhas
}, assinado em { $at }, em { $file }).
cli-audit-keyring-missing = O arquivo de chaves { $file } está faltando, então a cadeia de auditoria não pode ser verificada (se a chave do guardião vem da configuração, passe { $config }).
cli-audit-no-key = { $db } não tem chave de auditoria: nada foi auditado nele.

audit-break-edited = a linha de auditoria { $row } foi editada: o hash não corresponde ao conteúdo
audit-break-deleted = a linha de auditoria { $row } foi excluída: a cadeia pula da linha { $from } para a linha { $to }
audit-break-tail-deleted = a linha de auditoria { $row } foi excluída: o log termina na linha { $last } mas { $appended } linhas foram adicionadas
audit-break-inserted = a linha de auditoria { $row } foi inserida: ela nunca foi adicionada pelo log
audit-break-relinked = a linha de auditoria { $row } foi editada ou reencadeada: o { $field } dela não corresponde à linha { $prev }
audit-break-behind = faltam as linhas de auditoria { $first } a { $signed }: o log tem { $rows ->
    [one] { $rows } linha
   *[other] { $rows } linhas
} mas o ponto de verificação assinado em { $at } contava { $signed } (excluídas, ou um banco de dados mais antigo foi restaurado)
audit-break-mismatch = a linha de auditoria { $row } não corresponde mais ao ponto de verificação assinado em { $at }: o log foi reescrito ou revertido
audit-break-head-missing = a cabeça da cadeia de auditoria está faltando no banco de dados, embora o log tenha { $rows } linhas
audit-break-checkpoints-missing = o arquivo de pontos de verificação { $file } está faltando ou vazio, mas a chave de assinatura { $key } existe
audit-break-key-missing = a chave de assinatura { $key } está faltando, então os pontos de verificação em { $file } não podem ser conferidos
audit-break-no-checkpoints = o log de auditoria tem linhas mas nenhum ponto de verificação: faltam a chave de assinatura { $key } e o arquivo de pontos de verificação { $file }
audit-break-forged = a linha { $line } do arquivo de pontos de verificação { $file } não é um ponto de verificação assinado com a chave do guardião

cli-verify-signed = { $file }: autêntico, assinado por { $key } (sha256 { $digest }). Ele cita o ponto de verificação de auditoria de { $rows ->
    [one] { $rows } linha
   *[other] { $rows } linhas
} assinado em { $at }, cabeça { $head }.
cli-verify-in-history = O ponto de verificação está no histórico de pontos de verificação de { $db }, e a linha de auditoria { $rows } ainda tem o hash assinado.
cli-verify-need-key = é preciso uma chave pública confiável: passe { $key } com o que “{ $export }” imprimiu para o guardião, ou { $db } com o banco de dados do guardião
cli-verify-not-in-history = o ponto de verificação de auditoria citado por este relatório ({ $rows ->
    [one] { $rows } linha
   *[other] { $rows } linhas
}, assinado em { $at }) não está no histórico de pontos de verificação de { $db } ({ $file })
cli-verify-row-changed = a linha de auditoria { $rows } de { $db } sumiu ou não tem mais o hash assinado pelo ponto de verificação citado: o log foi reescrito ou revertido
cli-key-missing = não há chave de assinatura ao lado de { $db } ({ $file })

seal-missing = nenhum selo do Pipeline Guard encontrado: este não é um relatório do Pipeline Guard, ou o selo foi removido
seal-duplicate = o arquivo tem mais de um selo
seal-malformed = o selo está malformado
seal-unsigned = não assinado: este relatório traz só o antigo selo SHA-256, que qualquer pessoa que edite o arquivo pode recalcular; exporte-o de novo para obter um relatório assinado
seal-digest-mismatch = falsificado: o conteúdo do arquivo tem o hash sha256 { $actual } mas o selo diz { $expected }; o relatório foi alterado depois de assinado
seal-forged = falsificado: a assinatura não confere com a chave confiável { $key }; o relatório foi alterado ou assinado por outra pessoa
seal-checkpoint-forged = falsificado: o ponto de verificação de auditoria citado pelo relatório não está assinado com a chave confiável { $key }

report-integrity-signed = Este relatório é assinado com a chave Ed25519 do guardião, sobre o conteúdo e o ponto de verificação de auditoria abaixo. Confira-o com “{ $command }” e a chave pública que o operador lhe deu (“{ $export }”); a chave escrita no arquivo é só uma cópia.
report-integrity-key = Chave de assinatura (Ed25519)
report-integrity-checkpoint = Ponto de verificação de auditoria
report-integrity-checkpoint-value = { $rows ->
    [one] uma linha
   *[other] { $rows } linhas
}, assinado em { $at }

ui-compliance-signed-by = Assinado por (Ed25519)
ui-compliance-checkpoint = Ponto de verificação de auditoria
ui-compliance-checkpoint-value = { $rows ->
    [one] uma linha
   *[other] { $rows } linhas
}, assinado em { $at }
