# The desktop app's welcome screen: the first start without a config.

ui-welcome-title = Welcome to Pipeline Guard
ui-welcome-intro = Pipeline Guard watches your services, detects trouble and heals it. Choose how to start: the app remembers your choice and opens the dashboard directly next time.
ui-welcome-choices = How do you want to start?
ui-welcome-demo = Run the demo lab
ui-welcome-demo-detail = Six small lab services, one per region, run on this computer under the guard: the dashboard fills with live data at once.
ui-welcome-open = Open a config file
ui-welcome-open-detail = Pick an existing Pipeline Guard configuration (YAML) in a file dialog.
ui-welcome-create = Create a config from the template
ui-welcome-create-detail = Writes a commented starter configuration that watches this computer to { $path } (an existing file is kept), then starts it. Edit it later to add your services.
ui-welcome-starting = Starting…
ui-welcome-error-title = This configuration cannot be started
ui-welcome-error-file = File: { $file }
ui-welcome-error-hint = Fix the file and choose it again, or pick another way to start.
