# Error answers of the HTTP API in the caller's language (`?lang=`, else Accept-Language;
# crates/cli/src/routes/errors.rs). `detail` is what the JSON or query parser said; names,
# ids and values stay as the caller sent them.
api-error-unknown-component = componente desconhecido `{ $name }`
api-error-unknown-incident = incidente desconhecido { $id }
api-error-unknown-channel = canal de notificação desconhecido `{ $name }`
api-error-bad-query = um parâmetro da consulta não é válido: { $detail }
api-error-bad-json = o corpo da requisição não é válido para esta operação: { $detail }
api-error-bad-json-expected = o corpo da requisição não é válido para esta operação: { $detail }; esperado { $expected }
api-error-unknown-language = idioma desconhecido `{ $value }`, esperado um de { $expected }
api-error-no-account = a segurança está desativada, então não há conta de operador

# Refusals of the gate (crates/cli/src/routes/secure.rs): headers, routes and commands stay
# as they are.
api-denied-missing = autenticação obrigatória: envie `{ $header }` (obtenha um com { $route })
api-denied-invalid = o token está malformado ou sua assinatura não confere
api-denied-expired = o token expirou; entre novamente
api-denied-revoked = o token foi revogado
api-denied-unknown-user = a conta do token não existe mais ou está desativada
api-denied-forbidden = permissão { $permission } necessária
api-denied-bad-credentials = nome de usuário ou senha incorretos
api-denied-throttled = tentativas demais; tente novamente em { $seconds } { $seconds ->
        [one] segundo
       *[other] segundos
    }
api-denied-setup-required = a segurança está ativada e ainda não existe nenhuma conta: crie primeiro o administrador (`{ $command }`, ou { $route } a partir desta máquina com o token de configuração exibido na inicialização)
api-denied-loopback-only = esta rota só é servida a clientes de loopback
api-denied-internal = erro interno; veja o log do servidor

# An account or a region named in the path that does not exist.
api-error-no-user = nenhum usuário `{ $name }`
api-error-unknown-region = região desconhecida `{ $value }`, esperada uma de { $expected }

# A maintenance window with both or neither end; an Alertmanager webhook body the guard cannot read
# (what it found wrong stays an argument).
api-error-maintenance-end = informe exatamente um entre `{ $to }` e `{ $duration }`
api-error-alertmanager-payload = não é possível ler o payload do Alertmanager: { $detail }
