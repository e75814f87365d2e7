# Notificações de incidentes e etapas de recuperação: webhook genérico, Slack, Teams, e-mail
# e o aplicativo de desktop. $detail é o registro do próprio recuperador.

## Severidades e rótulos

notification-severity-info = Informação
notification-severity-warning = Aviso
notification-severity-critical = Crítico

notification-label-component = Componente
notification-label-severity = Severidade
notification-label-incident = Incidente
notification-label-strategy = Etapa de recuperação

## Tipos de incidente

notification-kind-down = fora do ar
notification-kind-crash = travado por uma falha
notification-kind-memory-limit = acima do limite de memória
notification-kind-memory-forecast = prestes a exceder o limite de memória
notification-kind-alert = com um alerta ativo

## Eventos

notification-incident-opened-title = Incidente nº { $incident }: { $component } está com um problema
notification-incident-opened-body = { $component } está { $kind }: { $detail }
notification-step-started-title = Recuperando { $component }: { $strategy } iniciado
notification-step-started-body = { $detail }
notification-step-succeeded-title = Recuperando { $component }: { $strategy } bem-sucedido
notification-step-succeeded-body = Concluído em { $seconds } s: { $detail }
notification-step-failed-title = Recuperando { $component }: { $strategy } falhou
notification-step-failed-body = Falhou após { $seconds } s: { $detail }
notification-incident-escalated-title = Incidente nº { $incident }: { $component } precisa de um operador
notification-incident-escalated-body = A recuperação automática foi interrompida: { $detail }
notification-incident-resolved-title = Incidente nº { $incident } resolvido: { $component } está saudável de novo
notification-incident-resolved-body = { $detail }

## Envelope

notification-footer = Enviado pelo Pipeline Guard
