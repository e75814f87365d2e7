# Entrada e o que o usuário conectado pode fazer (UI; aplicativo de desktop e navegador).
ui-session-title = Entrar no Pipeline Guard
ui-session-user = Nome de usuário
ui-session-password = Senha
ui-session-submit = Entrar
ui-session-failed = Nome de usuário ou senha incorretos.
ui-session-signed-in = Conectado como { $user } ({ $role })
ui-session-sign-out = Sair
ui-session-read-only = Sua função pode observar o laboratório, mas não alterá-lo: os controles de recuperação estão desativados.
