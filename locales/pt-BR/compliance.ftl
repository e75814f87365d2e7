# Compliance: restriction texts, report evidence, account export/erasure and backups.

evidence-audit-unverifiable = Não é possível verificar o log de auditoria: { $reason }.
evidence-secrets-plaintext = Segredos armazenados sem criptografia: { $count }.
evidence-keyfile-open = O arquivo de chaves { $path } pode ser lido por outros usuários (modo { $mode }); ele deve ser 600.
evidence-secrets-encrypted = Segredos e tokens de API são criptografados com XChaCha20-Poly1305 ({ $count ->
        [one] { $count } valor
       *[other] { $count } valores
    }), com uma chave mantida fora do banco de dados em { $path }.
evidence-secrets-encrypted-passphrase = Segredos e tokens de API são criptografados com XChaCha20-Poly1305 ({ $count ->
        [one] { $count } valor
       *[other] { $count } valores
    }), com uma chave derivada da frase secreta configurada.
evidence-access-roles = Contas ativas por papel: { $list }.
evidence-access-active = Todas as contas ativas fizeram login nos últimos 90 dias.
evidence-access-stale = Contas sem login há 90 dias, a revisar: { $count } ({ $names }).
evidence-backup-verified = O arquivo de backup { $path } existe e confere com o SHA-256 registrado; backups no período: { $count }.
evidence-backup-corrupt = O arquivo de backup { $path } não confere com o SHA-256 registrado.
evidence-backup-missing = O arquivo de backup { $path } está faltando.
evidence-incidents-mttd = Tempo médio de detecção { $mttd }; ações de recuperação executadas: { $actions }.
evidence-healing-partly-audited = Ações de recuperação no log de auditoria: { $audited } de { $count }.
action-scale-down = Reduzir
action-notify = Notificar
result-skipped = Ignorada
restriction-gdpr-transfer = Dados pessoais de titulares da UE não podem sair da UE sem decisão de adequação ou garantias apropriadas.
restriction-gdpr-lawful-basis = Exige uma base legal; exporte apenas os dados necessários para a finalidade.
restriction-gdpr-record = Registre a operação no registro das atividades de tratamento (log de auditoria).
restriction-gdpr-processor = O compartilhamento com um operador exige um contrato de tratamento de dados.
restriction-gdpr-special-category = Dados de categoria especial exigem consentimento explícito ou outra exceção do art. 9(2), que o guardião não consegue comprovar.
restriction-gdpr-erasure = A eliminação também deve alcançar cópias e backups dentro do prazo de retenção.
restriction-ccpa-opt-out = Respeite o direito do consumidor de recusar a venda ou o compartilhamento.
restriction-ccpa-right-to-know = Pedidos de acesso devem ser respondidos em 45 dias, em formato portável.
restriction-ccpa-deletion = A exclusão deve ser repassada aos prestadores de serviço.
restriction-soc2-audit-immutable = Evidências de auditoria só recebem acréscimos e são mantidas pelo prazo de retenção.
restriction-soc2-credentials = Credenciais nunca saem do sistema.
restriction-soc2-audited = A operação é registrada no log de auditoria.
restriction-iso-logs-protected = Os logs são protegidos contra adulteração e exclusão não autorizada.
restriction-iso-authentication-info = Informações de autenticação não são divulgadas.
restriction-iso-transfer-agreement = A transferência de informações segue uma política de transferência acordada.
restriction-lgpd-transfer = Transferência internacional somente para países com nível de proteção adequado.
restriction-lgpd-basis = Exige uma base legal; o titular pode solicitar acesso e uma cópia.
restriction-pdpa-transfer = Transferência somente quando o destinatário oferece proteção comparável.
restriction-pdpa-consent = Exige consentimento; as pessoas podem solicitar acesso aos seus dados.
restriction-hipaa-minimum-necessary = Divulgue apenas o mínimo necessário, e somente a um parceiro comercial sob contrato.
restriction-hipaa-audit-retention = Registros de auditoria são mantidos por seis anos.
cli-user-exported = Dados da conta { $name } exportados para { $file }.
cli-user-erased = Conta { $name } eliminada: { $tokens ->
        [one] { $tokens } token revogado
       *[other] { $tokens } tokens revogados
    }; { $rows ->
        [one] sua entrada de auditoria agora cita
       *[other] suas { $rows } entradas de auditoria agora citam
    } apenas o pseudônimo { $pseudonym }.
cli-backup-done = Backup gravado em { $path } ({ $bytes ->
        [one] { $bytes } byte
       *[other] { $bytes } bytes
    }, SHA-256 { $sha }).
cli-region-activated = A região { $region } está ativa.
cli-region-deactivated = A região { $region } está inativa.
