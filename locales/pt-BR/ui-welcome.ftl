# A tela de boas-vindas do aplicativo de desktop: o primeiro início sem configuração.

ui-welcome-title = Bem-vindo ao Pipeline Guard
ui-welcome-intro = O Pipeline Guard monitora seus serviços, detecta problemas e os corrige. Escolha como começar: o aplicativo lembra sua escolha e, da próxima vez, abre o painel diretamente.
ui-welcome-choices = Como você quer começar?
ui-welcome-demo = Executar o laboratório de demonstração
ui-welcome-demo-detail = Seis pequenos serviços de laboratório, um por região, rodam monitorados neste computador: o painel se enche de dados ao vivo na hora.
ui-welcome-open = Abrir um arquivo de configuração
ui-welcome-open-detail = Escolha uma configuração existente do Pipeline Guard (YAML) em uma caixa de diálogo de arquivos.
ui-welcome-create = Criar uma configuração a partir do modelo
ui-welcome-create-detail = Grava em { $path } uma configuração inicial comentada que monitora este computador (um arquivo existente é mantido) e a inicia. Edite-a depois para adicionar seus serviços.
ui-welcome-starting = Iniciando…
ui-welcome-error-title = Esta configuração não pode ser iniciada
ui-welcome-error-file = Arquivo: { $file }
ui-welcome-error-hint = Corrija o arquivo e escolha-o de novo, ou escolha outra forma de começar.
