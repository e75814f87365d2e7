# Recusas das verificações de requisições do servidor HTTP, limite do período dos relatórios e
# recusa do `serve` em escutar fora do loopback sem segurança.

http-foreign-host = Este servidor não responde ao nome de host { $host } (uma página que o alcança por outro nome pode ser um ataque de DNS rebinding). Ele responde a { $allowed }; para usar outro nome, adicione-o a { $key }.
http-cross-site-origin = Recusada: esta requisição vem da página { $origin }, e a partir de um navegador só as páginas do próprio Pipeline Guard podem usar este endereço.
http-cross-site-fetch = Recusada: o navegador indica que esta requisição vem de outro site ({ $header }: { $value }).
http-json-only = Recusada: aqui o corpo da requisição deve ser JSON ({ $expected }), não { $found }.
http-method-not-allowed = { $method } não é permitido neste endereço; ele aceita { $allowed }.
http-request-timeout = A requisição foi interrompida após { $seconds } s ({ $key }).
report-period-too-long = O período do relatório abrange { $days ->
        [one] { $days } dia
       *[other] { $days } dias
    }, mais do que os { $max } dias que um relatório pode cobrir ({ $key }). Divida-o em períodos mais curtos.
cli-serve-loopback-only = Recusado escutar em { $addr }: com a segurança desativada o servidor escuta apenas em loopback (127.0.0.1 ou ::1), pois qualquer um que o alcançasse agiria como administrador anônimo. Para escutar na rede, ative { $key } e crie uma conta de administrador.
