# Decisões de escalonamento automático e por que o escalonamento espera.

autoscale-reason-above = { $metric } está em { $value }, igual ou acima de { $threshold }
autoscale-reason-forecast = { $metric } está em { $value } e a previsão é que chegue a { $threshold } em { $seconds } s ({ $predicted } no fim do horizonte)
autoscale-reason-below = { $metric } está em { $value }, igual ou abaixo de { $threshold }
autoscale-reason-below-min = { $instances ->
        [one] { $instances } instância em execução
       *[other] { $instances } instâncias em execução
    }, menos que o mínimo de { $min }
autoscale-reason-above-max = { $instances ->
        [one] { $instances } instância em execução
       *[other] { $instances } instâncias em execução
    }, mais que o máximo de { $max }
autoscale-hold-disabled = A recuperação está desativada na configuração
autoscale-hold-paused = O escalonamento está pausado
autoscale-hold-maintenance = Janela de manutenção até { $until }
autoscale-hold-cooling-down = Aguardando após o último escalonamento até { $until }
autoscale-hold-at-max = Já no máximo de { $max ->
        [one] { $max } instância
       *[other] { $max } instâncias
    }
autoscale-hold-at-min = Já no mínimo de { $min ->
        [one] { $min } instância
       *[other] { $min } instâncias
    }
autoscale-hold-no-samples = Nenhuma amostra recente de { $metric }
autoscale-decision-up = Aumentar de { $from } para { $to ->
        [one] { $to } instância
       *[other] { $to } instâncias
    }: { $reason }
autoscale-decision-down = Reduzir de { $from } para { $to ->
        [one] { $to } instância
       *[other] { $to } instâncias
    }: { $reason }
autoscale-decision-held = Escalonamento a partir de { $from ->
        [one] { $from } instância
       *[other] { $from } instâncias
    } retido: { $hold } ({ $reason })
autoscale-decision-blocked = Nenhum escalonamento a partir de { $from ->
        [one] { $from } instância
       *[other] { $from } instâncias
    }: { $hold }
autoscale-decision-failed = O escalonamento de { $from } para { $to ->
        [one] { $to } instância
       *[other] { $to } instâncias
    } parou em { $reached }: { $reason }
autoscale-dry-run = (simulação: nada foi alterado)
