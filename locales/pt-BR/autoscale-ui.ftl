# Escalonamento automático (página Recuperação, detalhe do componente), fila de recuperação e busca da região ideal (mapa de regiões).

ui-as-title = Escalonamento automático
ui-as-live = Ao vivo
ui-as-live-hint = Atualizado pelos eventos de escalonamento do guardião assim que acontecem
ui-as-none = Nenhum componente se escalona sozinho: dê a um componente um bloco autoscale na configuração.
ui-as-mode-reactive = Reativo
ui-as-mode-hybrid = Híbrido (previsão)
ui-as-dry-run = Simulação
ui-as-paused = Pausado
ui-as-overridden = Alterado em execução
ui-as-runtime-note = As alterações são mantidas após reinícios do guardião até que você volte à configuração.
ui-as-override-not-applied = Uma alteração salva em tempo de execução não está em vigor: { $reason }
ui-as-col-instances = Instâncias
ui-as-col-component = Componente
ui-as-col-cooldown = Resfriamento
ui-as-col-metric = Métrica
ui-as-col-time = Hora
ui-as-col-change = Mudança
ui-as-col-result = Resultado
ui-as-col-reason = Motivo
ui-as-range = permitido { $min }–{ $max }
ui-as-instances = { $instances } em execução, permitido { $min }–{ $max }
ui-as-now = Atual
ui-as-factor = fator × { $factor }
ui-as-forecast = previsão
ui-as-cooldown-until = em resfriamento até { $time }
ui-as-holding = Retido:
ui-as-decisions = Decisões de escalonamento recentes
ui-as-no-decisions = Ainda não há decisões de escalonamento.
ui-as-result-succeeded = Escalonado
ui-as-result-failed = Falhou
ui-as-result-held = Retido
ui-as-result-dry_run = Só simulação
ui-as-feed-scaled = escalonado de { $from } para { $to ->
        [one] { $to } instância
       *[other] { $to } instâncias
    }
ui-as-feed-dry = escalonaria de { $from } para { $to ->
        [one] { $to } instância
       *[other] { $to } instâncias
    } (simulação)
ui-as-feed-failed = o escalonamento de { $from } para { $to ->
        [one] { $to } instância
       *[other] { $to } instâncias
    } falhou
ui-as-feed-held = escalonamento retido em { $from ->
        [one] { $from } instância
       *[other] { $from } instâncias
    }

ui-as-queue-title = Fila de recuperação
ui-as-queue-slots = { $busy } de { $slots ->
        [one] { $slots } vaga de recuperação
       *[other] { $slots } vagas de recuperação
    } em uso
ui-as-queue-busy = Recuperando agora
ui-as-queue-idle = Nenhuma recuperação em andamento.
ui-as-queue-next = Aguardando, na ordem planejada
ui-as-queue-empty = Ninguém aguarda uma vaga de recuperação.
ui-as-queue-weight = peso { $weight }
ui-as-queue-starts = início previsto em { $duration }
ui-as-queue-waited = aguardando há { $duration }
ui-as-queue-planned-by = Ordem planejada por { $method }, minimizando o tempo de inatividade esperado ponderado pela criticidade.
ui-as-queue-method-exact = busca exata
ui-as-queue-method-annealed = recozimento simulado
ui-as-queue-last-plan = Última ordem de admissão: { $order }

ui-as-detail-title = Regra de escalonamento automático
ui-as-edit = Alterar a regra de escalonamento automático
ui-as-field-min = Mínimo de instâncias
ui-as-field-max = Máximo de instâncias
ui-as-field-cooldown = Resfriamento (segundos)
ui-as-field-up = Aumentar a partir de
ui-as-field-down = Reduzir a partir de
ui-as-field-factor = Fator
ui-as-field-paused = Pausar o escalonamento automático
ui-as-field-dry-run = Simulação: decidir e registrar, sem mudar nada
ui-as-bounds = O bloco scale do componente permite de { $min } a { $max ->
        [one] { $max } instância
       *[other] { $max } instâncias
    }.
ui-as-save = Salvar alterações
ui-as-reset = Voltar à configuração
ui-as-saved = Salvo: a nova regra vale a partir da próxima avaliação.
ui-as-no-changes = Nada foi alterado.
ui-as-forbidden = Alterar a regra exige a permissão de gerenciar componentes.
ui-as-confirm-title = Alterar o escalonamento automático de { $component }?
ui-as-confirm-scale-now = Com esses limites, { $component } passa imediatamente de { $from } para { $to ->
        [one] { $to } instância
       *[other] { $to } instâncias
    }.
ui-as-confirm-live = A simulação é desligada: o escalonamento automático vai iniciar e parar instâncias de verdade.
ui-as-confirm-reset = A regra, os limites e o resfriamento voltam aos valores da configuração.
ui-as-err-integer = Digite um número inteiro.
ui-as-err-number = Digite um número.
ui-as-err-min-low = Deve ser pelo menos { $min }.
ui-as-err-max-high = Deve ser no máximo { $max }.
ui-as-err-min-max = Não pode ficar abaixo do mínimo ({ $min }).
ui-as-err-cooldown = Deve estar entre 0 e { $max ->
        [one] { $max } segundo
       *[other] { $max } segundos
    }.
ui-as-err-down-up = Deve ficar abaixo do limiar de aumento ({ $up }), ou o escalonamento oscilaria.
ui-as-err-negative = Não pode ser negativo.
ui-as-err-factor = Deve ser maior que 1 (1,5 acrescenta metade).
ui-as-err-server = O guardião recusou a alteração: { $message }

ui-optimal-title = Onde os dados de um usuário devem ficar?
ui-optimal-hint = A região ativa mais próxima que as regras de residência de dados permitem para os dados pessoais de um usuário.
ui-optimal-location = Localização do usuário
ui-optimal-placeholder = Nome do país ou código ISO, ex.: DE
ui-optimal-find = Encontrar região
ui-optimal-quick = Localizações frequentes
ui-optimal-distance = a { $km } km de { $country }
ui-optimal-why-nearest = { $region } é a região ativa mais próxima de { $country }.
ui-optimal-why-excluded = { $rule } exclui regiões ativas mais próximas: { $regions }.
ui-optimal-why-allowed = { $region } é a região ativa mais próxima onde os dados pessoais de um usuário em { $country } podem ser guardados.
ui-optimal-why-jurisdiction = O usuário está sujeito a { $jurisdiction }; { $region }, a { $regionJurisdiction }.
ui-optimal-why-unregulated = Nenhuma regra de residência das normas em vigor abrange usuários em { $country }; { $region } está sujeita a { $regionJurisdiction }.
ui-optimal-active = Regiões ativas consideradas: { $regions }
ui-optimal-standards = Normas em vigor: { $standards }
ui-optimal-no-standards = Nenhuma norma de proteção de dados configurada: só a distância conta.
ui-error-unknown_location = Localização desconhecida.
ui-error-no_eligible_region = Nenhuma região ativa pode guardar esses dados.
