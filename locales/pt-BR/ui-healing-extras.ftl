# Healing page: one component's pause, maintenance windows, notification deliveries.

ui-healing-x-component-title = Recuperação de um componente
ui-healing-x-pause-component-body = O guardião para de recuperar este componente até você retomar; o restante do laboratório continua sendo recuperado.
ui-healing-x-maintenance = Janelas de manutenção
ui-healing-x-all-components = Todos os componentes
ui-healing-x-no-maintenance = Nenhuma janela de manutenção.
ui-healing-x-duration = Duração
ui-healing-x-add-window = Adicionar janela
ui-healing-x-deliveries = Entregas de notificações
ui-healing-x-delivery-sent = Enviada
ui-healing-x-delivery-failed = Falhou
ui-healing-x-delivery-dropped = Descartada
ui-healing-x-no-deliveries = Nenhuma notificação enviada ainda.
ui-healing-x-pause-component = Pausar a recuperação de { $component }
ui-healing-x-resume-component = Retomar a recuperação de { $component }
ui-healing-x-minutes = { $minutes } min
ui-healing-x-attempts = { $attempts ->
        [one] { $attempts } tentativa
       *[other] { $attempts } tentativas
    }
