# L’écran d’accueil de l’application de bureau : le premier démarrage sans configuration.

ui-welcome-title = Bienvenue dans Pipeline Guard
ui-welcome-intro = Pipeline Guard surveille vos services, détecte les problèmes et les répare. Choisissez comment commencer : l’application retient votre choix et ouvre directement le tableau de bord la prochaine fois.
ui-welcome-choices = Comment voulez-vous commencer ?
ui-welcome-demo = Lancer le laboratoire de démonstration
ui-welcome-demo-detail = Six petits services de laboratoire, un par région, tournent sur cet ordinateur sous surveillance : le tableau de bord se remplit aussitôt de données en direct.
ui-welcome-open = Ouvrir un fichier de configuration
ui-welcome-open-detail = Choisir une configuration Pipeline Guard existante (YAML) dans une boîte de dialogue.
ui-welcome-create = Créer une configuration à partir du modèle
ui-welcome-create-detail = Écrit dans { $path } une configuration de départ commentée qui surveille cet ordinateur (un fichier existant est conservé), puis la démarre. Modifiez-la ensuite pour ajouter vos services.
ui-welcome-starting = Démarrage…
ui-welcome-error-title = Cette configuration ne peut pas démarrer
ui-welcome-error-file = Fichier : { $file }
ui-welcome-error-hint = Corrigez le fichier et choisissez-le à nouveau, ou choisissez une autre façon de commencer.
