# More human-readable output of the pipeline-guard command line (crates/cli): accounts, tokens,
# reports, the demo, detect, TLS and the server's own lines. Commands, options, paths and
# what the OS said stay as they are, as arguments.

cli-error-password-stdin = não foi possível ler a senha da entrada padrão: { $detail }
cli-error-no-password = nenhuma senha na entrada padrão (passe-a por um pipe: { $example })
cli-error-erase-confirm = apagar “{ $name }” não pode ser desfeito: adicione { $flag } para confirmar
cli-user-list-disabled = desativado
cli-role-added = Função { $name }: { $permissions }
cli-error-bad-ttl = { $option }: duração inválida “{ $value }” (exemplos: 30m, 1h, 7d)
cli-token-issued-detail = Token { $jti } para { $user }, permissões { $permissions }, válido até { $until } UTC.
cli-token-revoked = Token { $jti } revogado.
cli-error-no-database = { $db }: banco de dados inexistente
cli-error-no-signing-key = o Guard não tem chave de assinatura
cli-error-no-checkpoints = o log de auditoria não tem pontos de verificação
cli-error-cannot-write = não foi possível gravar { $file }: { $detail }
cli-error-cannot-create = não foi possível criar { $file }: { $detail }
cli-error-cannot-start = não foi possível iniciar { $program }: { $detail }
cli-error-cannot-listen = não foi possível escutar em { $addr }: { $detail }
cli-error-at-least-one = { $option }: esperado pelo menos 1
cli-error-bad-public-key = { $option }: não é uma chave pública Ed25519 (esperado “ed25519:” seguido de 64 dígitos hexadecimais, como “{ $export }” a imprime)
cli-error-export-unaudited = o relatório foi gravado, mas sua exportação não pôde ser registrada na auditoria: { $detail }
cli-report-written-signed = { $file }: { $bytes ->
        [one] { $bytes } byte
       *[other] { $bytes } bytes
    }, SHA-256 { $digest }, assinado por { $key }
cli-demo-labsvc-missing = o programa dos serviços do laboratório não foi encontrado em { $path } (compile-o com “{ $command }”)
cli-demo-config-invalid = a configuração de demonstração embutida é inválida:
cli-demo-port-busy = a porta { $port } está ocupada; escolha outras portas com { $option }
cli-demo-no-window = O aplicativo de desktop não conseguiu abrir uma janela ({ $reason }); a interface web será servida no lugar.
cli-demo-app-exited = o aplicativo de desktop terminou com { $status }
cli-demo-no-app = O aplicativo de desktop não está compilado ({ $command }); a interface web será servida no lugar.
cli-detect-empty = { $file }:{ $line }: esperado o cabeçalho “{ $header }”, mas o arquivo termina
cli-detect-bad-header = { $file }:{ $line }: esperado o cabeçalho “{ $header }”, encontrado { $found }
cli-detect-field-count = { $file }:{ $line }: esperados 2 campos “{ $header }”, encontrados { $found }
cli-detect-bad-timestamp = { $file }:{ $line }: esperado um carimbo de data/hora “{ $format }” ou RFC 3339, encontrado { $found }
cli-detect-bad-value = { $file }:{ $line }: esperado um número finito como valor, encontrado { $found }
cli-tls-cert-unreadable = não foi possível ler o certificado TLS { $file }: { $detail }
cli-tls-no-cert = nenhum certificado PEM em { $file }
cli-tls-key-unreadable = não foi possível ler a chave privada TLS { $file }: { $detail }
cli-tls-setup = falha na configuração do TLS: { $detail }
cli-tls-mismatch = o certificado TLS { $cert } e a chave { $key } não formam uma identidade de servidor: { $detail }
cli-serve-needs-tls = recusado escutar em { $addr }: sem TLS, só endereços de loopback são permitidos (use 127.0.0.1 ou defina { $key })
cli-serve-no-ui-index = { $option } { $dir }: não há nenhum { $file } ali (compile a interface web com “{ $command }”)
cli-serve-no-embedded-ui = este programa foi compilado sem a interface web ({ $dir } faltava na compilação); a página / explica como compilá-la
cli-serve-security-disabled = a segurança está desativada ({ $key }): qualquer usuário local desta máquina pode comandar a API (páginas web não: verificações de { $checks }); ative a segurança numa máquina compartilhada
cli-serve-setup-banner =
    A segurança está ativada e não existe nenhuma conta. Até que um administrador seja criado, a API responde 503.
    Crie o administrador com
      { $command }   (senha pela entrada padrão)
    ou, somente a partir desta máquina, com
      { $request }
cli-serve-closing-connections = Fechando as conexões ainda abertas após { $seconds ->
        [one] { $seconds } segundo
       *[other] { $seconds } segundos
    }.
