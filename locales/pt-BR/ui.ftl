# O aplicativo de desktop e a interface web (ui/).

## Navegação e moldura

ui-nav-label = Navegação principal
ui-nav-overview = Visão geral
ui-nav-map = Mapa de regiões
ui-nav-components = Componentes
ui-nav-incidents = Incidentes
ui-nav-healing = Recuperação
ui-nav-compliance = Conformidade
ui-nav-settings = Configurações
ui-live-connected = Atualizações ao vivo
ui-live-disconnected = Reconectando…
ui-live-events =
    { $count ->
        [one] { $count } evento ao vivo
       *[other] { $count } eventos ao vivo
    }
ui-filter-region = Região: { $region }
ui-filter-clear = Remover o filtro de região
ui-error-backend = O guardião não está respondendo; tentando novamente…
ui-feature-unavailable = Indisponível nesta versão do motor

## Visão geral

ui-overview-title = Visão geral
ui-overview-running-for = Vigiando há { $duration }
ui-overview-mode = Modo do pipeline
ui-overview-components = Componentes
ui-overview-healing-rate = Taxa de sucesso da recuperação
ui-overview-healing-attempts =
    { $count ->
        [one] { $count } tentativa de recuperação
       *[other] { $count } tentativas de recuperação
    }
ui-overview-open-incidents = Incidentes abertos
ui-overview-restarts =
    { $count ->
        [one] { $count } reinício de processo
       *[other] { $count } reinícios de processos
    }
ui-overview-last-actions = Últimos eventos e ações
ui-overview-regions = Regiões
ui-overview-attention = Precisa de atenção
ui-overview-all-good = Todos os componentes estão saudáveis.

## Atividade ao vivo

ui-feed-empty = Aguardando os primeiros eventos…
ui-feed-status-changed = mudou de { $from } para { $to }
ui-feed-process-started = processo { $pid } iniciado
ui-feed-process-exited = o processo { $pid } terminou com o código { $code }
ui-feed-process-killed = o processo { $pid } foi encerrado pelo sinal { $signal }
ui-feed-notice = aviso
ui-feed-other = evento do motor

## Mapa de regiões

ui-map-title = Mapa de regiões
ui-map-hint = Clique em uma região para filtrar todas as páginas; clique de novo para limpar.
ui-map-region-label = { $region }: { $status }, { $count ->
        [one] { $count } componente
       *[other] { $count } componentes
    }
ui-map-in-region = Componentes em { $region }

## Componentes

ui-components-title = Componentes
ui-components-shown = { $shown } de { $total } exibidos
ui-components-search = Buscar por nome, região, estado…
ui-components-none-match = Nenhum componente corresponde à busca.
ui-component-critical = Componente crítico
ui-col-name = Nome
ui-col-region = Região
ui-col-status = Estado
ui-col-latency = Latência
ui-col-cpu = Processador
ui-col-memory = Memória
ui-col-restarts = Reinícios

## Detalhe do componente

ui-detail-since = há { $duration }
ui-detail-not-found = Não existe nenhum componente chamado “{ $name }”.
ui-detail-sla = Meta: { $sla }
ui-detail-checks = Verificações
ui-detail-checks-failed =
    { $count ->
        [one] { $count } com falha
       *[other] { $count } com falha
    }
ui-detail-process = Processo
ui-detail-restarts =
    { $count ->
        [one] { $count } reinício
       *[other] { $count } reinícios
    }
ui-detail-last-check = Última verificação
ui-detail-issues = Problemas atuais:
ui-detail-range = Intervalo de tempo
ui-detail-timeline = Histórico
ui-metric-latency = Tempo de resposta
ui-metric-cpu = Uso do processador
ui-metric-memory = Memória
ui-metric-error-rate = Taxa de erros
ui-chart-no-data = Ainda não há amostras neste intervalo
ui-chart-view = Visualização do gráfico
ui-chart-view-interactive = Interativo
ui-chart-view-server = Gerado no servidor
ui-timeline-empty = Nada aconteceu ainda.
ui-timeline-status = Passou a { $status }
ui-timeline-process-started = Processo iniciado
ui-timeline-process-exited = Processo encerrado

## Incidentes

ui-incidents-title = Incidentes
ui-incidents-list = Lista de incidentes
ui-incidents-events = Linha do tempo de eventos
ui-incidents-none = Nenhum incidente corresponde a estes filtros.
ui-incidents-unavailable = O acompanhamento de incidentes não está disponível nesta versão do motor; a linha do tempo abaixo mostra cada mudança de estado e cada evento de processo.
ui-incident-open = Aberto
ui-incident-recovered = Recuperado
ui-filter-component = Componente
ui-filter-all-components = Todos os componentes
ui-filter-state = Estado
ui-filter-state-all = Todos
ui-filter-state-open = Abertos
ui-filter-state-closed = Recuperados
ui-filter-kind = Tipo de evento
ui-filter-kind-all = Todos os eventos
ui-filter-kind-status = Mudanças de estado
ui-filter-kind-process = Eventos de processo

## Recuperação

ui-healing-title = Controles de recuperação
ui-healing-unavailable = Os controles de recuperação não estão disponíveis nesta versão do motor.
ui-healing-global = Recuperação automática
ui-healing-active = Ativa
ui-healing-paused = Pausada
ui-healing-pause = Pausar a recuperação
ui-healing-resume = Retomar a recuperação
ui-healing-pause-body = A recuperação automática para em todos os componentes até você retomá-la. As falhas continuam sendo detectadas e registradas.
ui-healing-resume-body = A recuperação automática volta a funcionar em todos os componentes.
ui-healing-attempts = Tentativas
ui-healing-successes = Sucessos
ui-healing-manual = Recuperação manual
ui-healing-component = Componente afetado
ui-healing-plan = Prévia do plano (simulação)
ui-healing-history = Ações de recuperação recentes
ui-healing-no-actions = Nenhuma ação de recuperação ainda.
ui-heal-strategy = Estratégia
ui-heal-confirm-title = Recuperar { $component }?
ui-heal-confirm-body = Isto executa “{ $strategy }” em { $component } agora. Um reinício interrompe o serviço por alguns instantes.
ui-heal-accepted = Aceita; a ação { $id } está em andamento.
ui-strategy-restart = Reiniciar
ui-strategy-scale_up = Escalar
ui-strategy-migrate = Migrar
ui-strategy-run = Executar um comando
ui-strategy-webhook = Chamar um webhook

## Erros do guardião

ui-error-not_found = Não encontrado.
ui-error-bad_request = A solicitação foi recusada por ser inválida.
ui-error-unauthorized = Entre novamente.
ui-error-forbidden = Você não tem permissão para isso.
ui-error-conflict = Outra ação já está em andamento.
ui-error-rate_limited = Solicitações demais; tente de novo em instantes.
ui-error-setup_required = O guardião precisa ser configurado primeiro: crie a primeira conta de operador.
ui-error-internal = Algo deu errado no guardião; veja o log dele.

## Conformidade

ui-compliance-title = Conformidade

## Configurações

ui-settings-title = Configurações
ui-settings-language-hint = A interface muda na hora e lembra a sua escolha.
ui-settings-format-sample = Números e datas:
ui-settings-theme = Tema
ui-settings-theme-system = Seguir o sistema
ui-settings-theme-light = Claro
ui-settings-theme-dark = Escuro
ui-settings-about = Sobre
ui-settings-backend = Conectado ao guardião via { $kind }.
