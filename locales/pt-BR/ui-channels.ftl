# Canais de notificação na janela (Configurações) e as notificações de área de trabalho do aplicativo.

## A mensagem de teste que um canal envia ao pressionar "Enviar teste" (motor).

notification-test-title = Mensagem de teste do Pipeline Guard
notification-test-body = Este é um teste do canal de notificação. Se você consegue lê-lo, a entrega funciona.

## Canais

ui-channels-title = Canais de notificação
ui-channels-hint = Para onde incidentes e etapas de recuperação são enviados. Segredos (tokens em URLs, valores de cabeçalhos, senhas) ficam no servidor e nunca são exibidos.
ui-channels-empty = Nenhum canal configurado.
ui-channels-config-hint = As alterações são gravadas no arquivo de configuração (comentários e ordem mantidos) e valem imediatamente.
ui-channels-col-name = Nome
ui-channels-col-kind = Tipo
ui-channels-col-target = Destino
ui-channels-col-filter = Filtro
ui-channels-col-language = Idioma
ui-channels-kind-webhook = Webhook
ui-channels-kind-slack = Slack
ui-channels-kind-teams = Teams
ui-channels-kind-email = E-mail
ui-channels-kind-desktop = Aplicativo de desktop
ui-channels-secret-set = segredo definido (oculto)
ui-channels-headers = Cabeçalhos: { $names }
ui-channels-recipients = Para: { $list }
ui-channels-min-severity = Gravidade { $severity } ou maior
ui-channels-components = Componentes: { $list }
ui-channels-events = Eventos: { $list }
ui-channels-all = tudo
ui-channels-test = Enviar teste
ui-channels-testing = Enviando…
ui-channels-test-ok = Entregue em { $ms } ms
ui-channels-test-failed = Não entregue ({ $ms } ms): { $error }
ui-channels-history = Histórico de entregas
ui-channels-history-hide = Ocultar histórico
ui-channels-history-empty = Nada foi enviado por este canal ainda.
ui-channels-col-time = Hora
ui-channels-col-event = Evento
ui-channels-col-component = Componente
ui-channels-col-status = Status
ui-channels-col-attempts = Tentativas
ui-channels-col-error = Erro
ui-channels-status-sent = enviado
ui-channels-status-failed = falhou
ui-channels-status-dropped = descartado
ui-channels-event-incident_opened = incidente aberto
ui-channels-event-step_started = etapa de recuperação iniciada
ui-channels-event-step_succeeded = etapa de recuperação concluída
ui-channels-event-step_failed = etapa de recuperação falhou
ui-channels-event-incident_escalated = incidente escalado
ui-channels-event-incident_resolved = incidente resolvido
ui-channels-event-test = mensagem de teste
ui-channels-page = { $from }–{ $to } de { $total }
ui-channels-newer = Mais recentes
ui-channels-older = Mais antigos

## As notificações de área de trabalho do aplicativo

ui-desktop-notify-title = Notificações na área de trabalho
ui-desktop-notify-hint = O aplicativo mostra uma notificação do sistema, no idioma escolhido acima, para:
ui-desktop-notify-critical = Novos incidentes de componentes críticos
ui-desktop-notify-failed = Recuperação com falha (uma etapa com falha ou um escalonamento)
ui-desktop-notify-none = Nada será notificado.
ui-desktop-notify-saved = Salvo.

## Ações do registro de auditoria

ui-op-audit-notification-test = enviou uma notificação de teste
ui-op-audit-notification-desktop = alterou as notificações na área de trabalho

## Adding, changing and removing channels

ui-channels-add = Adicionar canal
ui-channels-edit = Editar
ui-channels-remove = Remover
ui-channels-remove-confirm = Remover { $name } mesmo
ui-channels-save = Salvar
ui-channels-cancel = Cancelar
ui-channels-form-add = Novo canal
ui-channels-form-edit = Editar { $name }
ui-channels-field-name = Nome
ui-channels-field-min-severity = Gravidade mínima
ui-channels-field-url = URL
ui-channels-field-url-keep = Deixe vazio para manter a URL salva
ui-channels-field-smtp-host = Servidor SMTP
ui-channels-field-smtp-port = Porta
ui-channels-field-smtp-security = Segurança da conexão
ui-channels-field-smtp-username = Usuário
ui-channels-field-smtp-password = Senha
ui-channels-field-password-keep = Deixe vazio para manter a senha salva
ui-channels-field-from = Remetente
ui-channels-field-to = Para (separados por vírgula)
ui-channels-field-components = Componentes (separados por vírgula; vazio: todos)
ui-channels-field-events = Eventos (separados por vírgula; vazio: todos)
ui-channels-saved = Salvo no arquivo de configuração e em vigor.
ui-channels-removed = Removido do arquivo de configuração.
ui-channels-problems = O arquivo de configuração não foi alterado:
ui-op-audit-notification-channel-add = adicionou um canal de notificação
ui-op-audit-notification-channel-edit = alterou um canal de notificação
ui-op-audit-notification-channel-remove = removeu um canal de notificação
