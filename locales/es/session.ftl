# Inicio de sesión y lo que puede hacer el usuario (UI; aplicación de escritorio y navegador).
ui-session-title = Iniciar sesión en Pipeline Guard
ui-session-user = Nombre de usuario
ui-session-password = Contraseña
ui-session-submit = Entrar
ui-session-failed = Nombre de usuario o contraseña incorrectos.
ui-session-signed-in = Sesión de { $user } ({ $role })
ui-session-sign-out = Cerrar sesión
ui-session-read-only = Su rol puede observar el laboratorio, pero no modificarlo: los controles de reparación están desactivados.
