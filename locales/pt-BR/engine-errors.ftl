# Errors of the engine's operations, said by the HTTP API (`{code, message, msg}`, said by the
# `localize` layer of crates/cli/src/routes/errors.rs) and by the desktop app's window (`sayMsg`).
# Names, values and parameters stay as the caller sent them, in backquotes; what a parser or
# the OS said stays `detail`.
api-error-internal = erro interno; veja o log
# Several problems of one request, each said on its own (joined with `; `).
api-error-problems = { $problems }
# A problem with one field of a request: the field's name, then the problem.
api-error-field = `{ $field }`: { $problem }
api-error-unknown-value = valor desconhecido `{ $value }`, esperado um de { $expected }
api-error-empty-name = `{ $param }`: um nome de componente vazio (esperado `{ $example }`)
api-error-unix-time = `{ $param }` ({ $value }) deve ser um horário Unix em segundos entre 0 e { $max }
api-error-step-min = `{ $param }` ({ $value }) deve ser de pelo menos um segundo
api-error-to-before-from = `to` ({ $to }) deve ser posterior a `from` ({ $from })
api-error-to-not-before-from = `to` ({ $to }) não deve ser anterior a `from` ({ $from })
api-error-too-many-buckets = intervalos demais (mais de { $max }): aumente `{ $param }`
api-error-param-range = `{ $param }` ({ $value }) deve estar entre { $min } e { $max }
api-error-param-negative = `{ $param }` ({ $value }) não deve ser negativo
api-error-already-acknowledged = o incidente { $id } já foi reconhecido por `{ $by }`
api-error-not-assignable = `{ $name }` não é uma conta à qual se possam atribuir incidentes; esperada uma de { $expected }
api-error-note-empty = uma nota precisa de algum texto
api-error-note-too-long = uma nota pode ter no máximo { $max ->
        [one] { $max } caractere
       *[other] { $max } caracteres
    }; esta tem { $count }
api-error-no-step = `{ $name }` não tem uma etapa `{ $step }` na sua escada de recuperação
api-error-maintenance-order = uma janela de manutenção deve terminar depois de começar
api-error-no-autoscale = `{ $name }` não tem um bloco `autoscale:` na configuração
api-error-not-promql = `{ $name }` tem uma verificação `{ $kind }`, não `promql`
api-error-promql-range = esperados `from` < `to` e um `step` maior que zero
api-error-too-many-points = { $count ->
        [one] { $count } ponto
       *[other] { $count } pontos
    } por série é mais que { $max }: use um `step` maior
api-error-file = { $file }: { $detail }
api-error-cooldown-range = esperado de 0 a { $max } ms (um dia), encontrado { $value } ms
api-error-rules-empty = esperada pelo menos uma regra
api-error-rule-metric = `{ $metric }` não é uma métrica da configuração deste escalonamento automático; esperada uma de { $expected }
api-error-not-negative = esperado 0 ou mais, encontrado { $value }
api-error-ladder-empty = uma escada de recuperação precisa de pelo menos uma etapa
api-error-ladder-no-step = `{ $name }` não tem uma etapa `{ $step }` na escada configurada (a API nomeia etapas; nunca aceita um argv nem uma URL)
api-error-unknown-step = etapa de recuperação desconhecida `{ $value }`, esperada uma de { $expected }
api-error-unknown-standard = padrão desconhecido `{ $value }`, esperados alguns de { $expected }
api-error-no-standard = esperado pelo menos um padrão
api-error-last-region = a região `{ $region }` não pode ser desativada: é a última região ativa
api-error-stored-change = não é possível ler a alteração salva: { $detail }

# Building a compliance report (crates/report).
report-error-empty-period = o período está vazio: `{ $to_name }` ({ $to }) deve ser posterior a `{ $from_name }` ({ $from })
report-error-no-database = { $file }: banco de dados inexistente
report-error-internal = não é possível gerar o relatório; veja o log

# The desktop app's own errors (src-tauri): commands, the welcome screen, saved reports.
app-error-no-account = nenhuma conta do Pipeline Guard tem o nome do seu usuário do sistema `{ $user }`; um administrador pode criá-la com `{ $command }`
app-error-undeclared-command = o comando `{ $command }` não declara nenhuma permissão (adicione a linha dele a `{ $table }`)
app-error-not-public-command = o comando `{ $command }` não é um comando público de `{ $table }`
app-error-engine-running = o mecanismo já está em execução: reinicie o aplicativo para escolher outra configuração
app-error-internal = erro interno: { $detail }
app-error-no-downloads = nenhuma pasta de downloads: defina `{ $var }` ou `{ $home }` (ou `{ $xdg }` em `{ $file }`)
app-error-save-report = não é possível salvar o relatório em { $dir }: { $detail }
# An answer of the app's command layer that is not one of the app's errors (what it said).
app-error-invoke = o aplicativo não conseguiu executar este comando: { $detail }
