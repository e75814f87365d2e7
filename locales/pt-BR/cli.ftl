# Saída legível da linha de comando pipeline-guard.

## validate

cli-validate-ok =
    { $file } é válido: { $components ->
        [one] { $components } componente
       *[other] { $components } componentes
    } em { $regions ->
        [one] { $regions } região
       *[other] { $regions } regiões
    }.
cli-validate-failed =
    { $file } é inválido: { $count ->
        [one] { $count } problema encontrado
       *[other] { $count } problemas encontrados
    }.

## Erros de configuração

cli-config-syntax = YAML inválido: { $detail }
cli-config-unknown-key = chave desconhecida “{ $key }”
cli-config-missing-key = chave obrigatória “{ $key }” ausente
cli-config-invalid-value = valor inválido para “{ $key }”: { $detail }
cli-config-invalid-duration = duração inválida “{ $value }” (exemplos: 250ms, 1s, 5m, 24h, 7d)
cli-config-invalid-size = tamanho inválido “{ $value }” (exemplos: 512KB, 100MB, 2GB)
cli-config-unknown-region = região desconhecida “{ $value }” (valores aceitos: { $expected })
cli-config-unknown-check = tipo de verificação desconhecido “{ $value }” (valores aceitos: { $expected })
cli-config-unknown-strategy = estratégia de recuperação desconhecida “{ $value }” (valores aceitos: { $expected })
cli-config-duplicate-component = o componente “{ $name }” foi definido mais de uma vez
cli-config-out-of-range = “{ $key }” deve estar entre { $min } e { $max }
cli-config-env-override = valor inválido na variável de ambiente { $var }: { $detail }

## serve e demo

cli-serve-starting = Iniciando o Pipeline Guard com { $components ->
        [one] { $components } componente
       *[other] { $components } componentes
    }…
cli-serve-listening = Servindo em { $url }
cli-serve-stopping = Encerrando: salvando o histórico…
cli-serve-stopped = Encerrado corretamente.
cli-demo-starting = Iniciando o laboratório de demonstração: { $services ->
        [one] { $services } serviço local
       *[other] { $services } serviços locais
    } com falhas programadas…
cli-demo-open-browser = Abra { $url } no navegador para acompanhar a demonstração.
cli-demo-open-desktop = Abrindo o aplicativo de desktop…
cli-demo-fault = Falha programada: { $fault } em { $component }
cli-healing-action = Recuperando { $component }: { $strategy }
cli-healing-dry-run = Simulação: { $component } seria recuperado com { $strategy }

## detect

cli-detect-summary =
    { $rows ->
        [one] { $rows } linha avaliada
       *[other] { $rows } linhas avaliadas
    } de { $input }: { $anomalies ->
        [0] nenhuma anomalia
        [one] { $anomalies } anomalia
       *[other] { $anomalies } anomalias
    } acima de { $threshold }.
cli-detect-written = Pontuações gravadas em { $output }.

## report, verify, audit

cli-report-written = Relatório gravado em { $file }.
cli-audit-ok =
    Log de auditoria íntegro: { $rows ->
        [one] { $rows } linha verificada
       *[other] { $rows } linhas verificadas
    }.
cli-audit-broken = Log de auditoria corrompido na linha { $row }: { $reason }

## usuários e tokens

cli-user-password-prompt = Senha de { $name }:
cli-user-added = Usuário { $name } adicionado com a função { $role }.
cli-token-issued = Token de { $user }, válido por { $ttl }:

## Erros

cli-error-prefix = erro
cli-error-file-not-found = não foi possível ler { $file }: arquivo não encontrado
cli-error-io = não foi possível ler { $file }: { $detail }
cli-error-database = erro no banco de dados: { $detail }
cli-error-invalid-date = data inválida “{ $value }” (esperado AAAA-MM-DD ou RFC 3339)
cli-error-unknown-standard = norma de conformidade desconhecida “{ $value }” (valores aceitos: { $expected })
cli-error-unknown-format = formato de saída desconhecido “{ $value }” (valores aceitos: { $expected })
cli-error-unknown-language = idioma desconhecido “{ $value }” (disponíveis: { $expected })
cli-error-address-in-use = o endereço { $addr } já está em uso
cli-error-permission-denied = permissão negada: { $detail }
cli-error-internal = erro interno: { $detail }
cli-hint-help = Execute “pipeline-guard --help” para ver como usar.
