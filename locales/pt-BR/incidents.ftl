# Linhas do tempo, motivos e encerramentos de incidentes.

## Por que um incidente foi aberto

incident-reason-exit-status = O processo { $pid } terminou com o status { $code } após { $uptime }
incident-reason-exit-signal = O processo { $pid } foi encerrado pelo sinal { $signal } após { $uptime }
incident-reason-exit = O processo { $pid } terminou após { $uptime }
incident-reason-check = A verificação falhou: { $issues }
incident-reason-check-plain = A verificação falhou
incident-reason-memory = A memória residente de { $used } MB está acima do limite de { $limit } MB
incident-reason-alert = Alerta `{ $alert }`: { $summary }
incident-reason-alert-plain = Alerta `{ $alert }`
incident-reason-finding = Detecção: { $finding }
incident-reason-root-down = `{ $root }` está fora do ar
incident-reason-still-down = Ainda fora do ar depois que a causa raiz `{ $root }` se recuperou

## Entradas da linha do tempo

incident-respawn-failed = { $exit }; o supervisor o inicia novamente em { $delay }
incident-respawn-up = O processo reiniciado pelo supervisor está no ar e respondendo
incident-respawn-not-up = Não ficou no ar em { $within }
incident-restart-skipped = Ignorado: o supervisor já está reiniciando, com espera crescente, este processo filho que falha em ciclo
incident-waiting = Aguardando antes da etapa { $step } ({ $strategy }): { $refusal }
incident-step-verified = { $detail }; verificado
incident-step-not-healthy = { $detail }; não ficou saudável em { $within }
incident-step-result = { $detail }
incident-dependent-up = `{ $component }` está no ar novamente
incident-dependent-folded = `{ $component }` está fora do ar por causa da causa raiz deste incidente; seu alerta foi incorporado a ele
incident-merged-duplicate = Detecção duplicada
incident-merged-into = Incorporado ao incidente { $incident }: causa raiz `{ $root }`
incident-alert-firing = Alerta `{ $alert }` disparado: { $summary }
incident-alert-firing-plain = Alerta `{ $alert }` disparado
incident-alert-resolved = Alerta `{ $alert }` resolvido
incident-alert-resolved-late = Alerta `{ $alert }` resolvido; o incidente já estava encerrado
incident-escalated-breaker = { $failures ->
    [one] Uma recuperação malsucedida
   *[other] { $failures } recuperações malsucedidas
} em { $window }: disjuntor aberto; nenhuma nova tentativa até ele ficar semiaberto
incident-escalated-ladder = A escada de recuperação ({ $steps ->
    [one] uma etapa
   *[other] { $steps } etapas
}) se esgotou e `{ $component }` continua fora do ar
incident-still-escalated = Ainda escalado: { $reason }

## Como um incidente foi encerrado

incident-closed-check = Saúde confirmada por uma verificação
incident-closed-manual = Saúde confirmada após uma ação manual
incident-closed-respawn = Saúde confirmada após o reinício pelo supervisor
incident-closed-alone = Recuperou-se sozinho; nenhuma ação foi tomada
incident-closed-step = Saúde confirmada após { $step ->
        [restart] um reinício
        [scale_up] escalar
        [scale_down] reduzir a escala
        [migrate] migrar
        [run] a etapa de comando
        [webhook] a chamada ao webhook
        [notify] a notificação
       *[other] `{ $step }`
    }
incident-closed-verified = Saúde confirmada

## Resumos de incidentes nos relatórios de conformidade

incident-summary-root-cause = { $reason } (causa raiz: { $root })
incident-summary-affected = { $summary }; também afetados: { $components }

## Tipos de entradas da linha do tempo (página de incidentes)

incident-kind-detected = Detectado
incident-kind-action = Ação
incident-kind-verified = Verificado
incident-kind-escalated = Escalado
incident-kind-folded = Incorporado
incident-kind-note = Nota
incident-kind-closed = Encerrado
