# Refusals of account, role, token and key operations (crates/engine/src/security/), said by
# the CLI, the HTTP API and the desktop app. Names and roles stay as written, in backquotes.
sec-error-invalid-name = nome inválido `{ $name }`: use de 1 a { $max } letras, dígitos, `.`, `_`, `-` ou `@`
sec-error-invalid-name-bytes = nome inválido ({ $bytes ->
        [one] { $bytes } byte
       *[other] { $bytes } bytes
    }): use de 1 a { $max } letras, dígitos, `.`, `_`, `-` ou `@`
sec-error-password-short = a senha é curta demais ({ $count ->
        [one] { $count } caractere
       *[other] { $count } caracteres
    }): use pelo menos { $min }
sec-error-password-long = a senha tem mais de { $max ->
        [one] { $max } byte
       *[other] { $max } bytes
    }
sec-error-setup-done = a configuração inicial já foi concluída: existe uma conta
sec-error-unknown-role = papel desconhecido `{ $role }` (embutidos: `admin`, `operator`, `viewer`; adicione outros com `{ $command }`)
sec-error-user-exists = o usuário `{ $name }` já existe
sec-error-builtin-role = `{ $name }` é um papel embutido e não pode ser alterado
sec-error-ttl-unusable = a validade do token de { $seconds } s não é utilizável
sec-error-scope-beyond = o usuário `{ $user }` (papel `{ $role }`) não tem { $permissions }
sec-error-ttl-zero = a validade do token deve ser positiva
sec-error-ttl-max = um token pode valer no máximo { $max } (`{ $setting }`), não { $ttl }
sec-error-key-from-config = a chave de criptografia vem da configuração (`{ $setting }`); altere-a lá
sec-error-signing-key-from-config = a chave de assinatura dos tokens vem da configuração (`{ $setting }` ou `{ $env }`); altere-a lá
sec-error-key-file-missing = o arquivo de chaves { $file } está faltando, então a cadeia de auditoria não pode ser verificada
sec-error-checkpoints-missing = o arquivo de pontos de verificação { $file } está faltando ou vazio, mas a chave de assinatura { $key } existe: restaure o arquivo do seu backup ou mova a chave para começar um novo histórico de pontos de verificação (o log de auditoria passa então a ser verificado só a partir desse ponto)
sec-error-signing-key-missing = a chave de assinatura { $key } está faltando, mas { $file } contém pontos de verificação assinados por ela: restaure a chave do seu backup (uma chave nova deixaria o log de auditoria impossível de verificar)
sec-error-last-manager = `{ $name }` é a última conta que pode gerenciar usuários; crie outro administrador antes de apagá-la
sec-error-last-admin = `{ $name }` é o último administrador ativo; torne outra conta administradora primeiro
# A caller granting more than it holds; `action` is one of the sec-do-* phrases.
sec-error-beyond-caller = você não tem { $permissions }, então não pode { $action }
sec-do-create-user = criar uma conta com o papel `{ $role }`
sec-do-give-role = dar a `{ $name }` o papel `{ $role }`
sec-do-change-role = alterar o papel de `{ $name }` (`{ $role }`)
sec-do-disable = desativar `{ $name }` (`{ $role }`)
sec-do-enable = ativar `{ $name }` (`{ $role }`)
sec-do-issue-token-role = emitir um token para `{ $name }` (`{ $role }`)
sec-do-issue-token = emitir um token para `{ $name }`
