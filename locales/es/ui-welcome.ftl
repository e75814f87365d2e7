# La pantalla de bienvenida de la aplicación de escritorio: el primer inicio sin configuración.

ui-welcome-title = Bienvenido a Pipeline Guard
ui-welcome-intro = Pipeline Guard vigila sus servicios, detecta problemas y los repara. Elija cómo empezar: la aplicación recuerda su elección y la próxima vez abre directamente el panel.
ui-welcome-choices = ¿Cómo desea empezar?
ui-welcome-demo = Ejecutar el laboratorio de demostración
ui-welcome-demo-detail = Seis pequeños servicios de laboratorio, uno por región, se ejecutan en este equipo bajo la vigilancia de la aplicación: el panel se llena de datos en vivo al instante.
ui-welcome-open = Abrir un archivo de configuración
ui-welcome-open-detail = Elija una configuración existente de Pipeline Guard (YAML) en un diálogo de archivos.
ui-welcome-create = Crear una configuración a partir de la plantilla
ui-welcome-create-detail = Escribe en { $path } una configuración inicial comentada que vigila este equipo (un archivo existente se conserva) y la inicia. Edítela después para añadir sus servicios.
ui-welcome-starting = Iniciando…
ui-welcome-error-title = Esta configuración no se puede iniciar
ui-welcome-error-file = Archivo: { $file }
ui-welcome-error-hint = Corrija el archivo y vuelva a elegirlo, o elija otra forma de empezar.
