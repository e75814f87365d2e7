# Detalhes das etapas de recuperação: o que uma etapa faria e o que ela fez. Nomes entre crases
# e listas argv aparecem como são; $error, $output e $status são palavras do sistema ou de um
# comando.

heal-text = { $text }

## Reinícios pelo supervisor

step-respawn-plan = o supervisor reinicia o processo filho
step-respawn-pending = { $exit }; o supervisor o inicia novamente
step-respawn-started = { $exit }; iniciado novamente com pid { $pid }

## restart

step-restart-rolling-plan = reinício gradual de `{ $component }` atrás do seu front em { $listen }: esvaziar, reiniciar e verificar de novo cada instância, uma por vez
step-restart-plan = reiniciar `{ $component }` (parar o pid { $pid }, iniciar { $command })
step-restart-start-plan = iniciar `{ $component }` novamente ({ $command })
step-restart-unsupervised-plan = não é possível reiniciar `{ $component }`: não supervisionado (adicione uma etapa `run:` com o comando de reinício)
step-restart-unsupervised = `{ $component }` não é supervisionado pelo guard; reinicie-o com uma etapa `run:`
step-restart-done = reiniciado: pid { $old } → { $new }
step-restart-started = pid { $pid } iniciado
step-restart-pending = reinício solicitado; o processo filho ainda não iniciou

## Atrás de um front

step-front-missing = `{ $component }` não tem front
step-front-unknown-component = componente desconhecido `{ $component }`
step-front-instance-error = instância { $instance }: { $error }
step-rolling-instance = instância { $instance } esvaziada em { $waited } ms ({ $in_flight } em andamento, { $left ->
        [one] { $left } restante
       *[other] { $left } restantes
    }){ $note ->
    [uncovered] { " (nenhuma outra instância estava saudável: requisições podem ter falhado)" }
    [timed-out] { " (o esvaziamento expirou)" }
   *[none] { "" }
}, reiniciada
step-rolling-stopped = { $done }; a instância { $instance } não ficou saudável em { $within }: reinício gradual interrompido
step-rolling-done = { $instances ->
    [one] reinício gradual de uma instância: { $done }
   *[other] reinício gradual de { $instances } instâncias: { $done }
}
step-retire-uncovered = instância { $instance } não parada: nenhuma outra instância de `{ $component }` está saudável para assumir suas requisições
step-retire-not-stopped = instância { $instance } esvaziada, mas não parada: { $error }
step-retire-done = instância { $instance } esvaziada em { $waited } ms ({ $in_flight } em andamento), parada
step-retire-done-timed-out = instância { $instance } esvaziada em { $waited } ms ({ $in_flight } em andamento) (esvaziamento expirou com { $left } em andamento), parada

## scale_up e scale_down

step-command-plan = executar { $argv }
step-scale-replicas = { $replicas ->
        [one] { $replicas } réplica
       *[other] { $replicas } réplicas
    }: { $detail }
step-scale-up-full-plan = não é possível escalar `{ $component }`: { $running ->
        [one] já há { $running }
       *[other] já são { $running }
    } de no máximo { $max ->
        [one] { $max } instância
       *[other] { $max } instâncias
    }
step-scale-up-plan = iniciar a instância { $instance } de `{ $component }` ({ $command } na próxima porta livre)
step-scale-up-impossible-plan = não é possível escalar `{ $component }`: sem `{"{"}port{"}"}` no comando e sem `scale.command`
step-scale-up-full = { $running ->
        [one] já há { $running }
       *[other] já são { $running }
    } de no máximo { $max ->
        [one] { $max } instância
       *[other] { $max } instâncias
    }
step-scale-up-no-port = nenhuma porta livre depois da porta base { $port }
step-scale-up-started = instância { $instance } iniciada na porta { $port }
step-scale-up-max-replicas = já está no máximo de { $max ->
        [one] { $max } réplica
       *[other] { $max } réplicas
    }
step-scale-up-impossible = `{ $component }` não pode escalar: coloque `{"{"}port{"}"}` no comando com `scale: {"{"} port: N {"}"}`, ou informe `scale.command`
step-scale-down-drain-plan = esvaziar a instância { $instance } de `{ $component }` pelo seu front e depois pará-la
step-scale-down-plan = parar a instância { $instance } de `{ $component }`
step-scale-down-nothing-plan = nada a reduzir em `{ $component }`
step-scale-down-min-instances = já está no mínimo de { $min ->
        [one] { $min } instância
       *[other] { $min } instâncias
    }
step-scale-down-stopped = instância { $instance } parada
step-scale-down-min-replicas = já está no mínimo de { $min ->
        [one] { $min } réplica
       *[other] { $min } réplicas
    }
step-scale-down-no-extra = `{ $component }` não tem instância extra para parar

## migrate

step-migrate-no-service = `{ $component }` não tem `tags.service`, então não tem pares para onde migrar
step-migrate-peer-unhealthy = { $peer } não está saudável
step-migrate-peer-region-off = { $peer } está em { $region }, que está desativada
step-migrate-peer-same-region = `{ $peer }` está na mesma região ({ $region })
step-migrate-peer-residency = `{ $peer }` está em { $region }: { $rule } proíbe levar estes dados ({ $category }) para fora de { $from }
step-migrate-no-peer = nenhum par saudável do serviço `{ $service }` pode assumir ({ $refused })
step-migrate-plan = mover `{ $component }` para `{ $target }`
step-migrate-impossible-plan = não é possível migrar: { $why }
step-migrate-done = tráfego de `{ $component }` movido para `{ $target }`

## notify

step-notify-plan = registrar uma notificação para `{ $component }` (sem alterações)
step-notify-done = operador notificado sobre `{ $component }`

## run

step-run-plan = executar { $argv } (tempo limite { $timeout })
step-run-empty = argv vazio
step-run-cannot-start = não é possível iniciar { $program }: { $error }
step-run-exited-ok = { $program } terminou com 0
step-run-exited = { $program } terminou com { $status }: { $output }
step-run-error = { $program }: { $error }
step-run-timeout = { $program } não terminou em { $timeout }; encerrado à força

## webhook

step-webhook-plan = enviar o incidente como JSON via POST para { $url }
step-webhook-answered-attempt = { $url } respondeu { $status } (tentativa { $attempt })
step-webhook-answered = { $url } respondeu { $status }
step-webhook-error = { $url }: { $error }
step-webhook-gave-up = { $last } (após { $attempts ->
        [one] { $attempts } tentativa
       *[other] { $attempts } tentativas
    })
