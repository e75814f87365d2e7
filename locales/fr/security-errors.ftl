# Refusals of account, role, token and key operations (crates/engine/src/security/), said by
# the CLI, the HTTP API and the desktop app. Names and roles stay as written, in backquotes.
sec-error-invalid-name = nom non valide `{ $name }` : utilisez de 1 à { $max } lettres, chiffres, `.`, `_`, `-` ou `@`
sec-error-invalid-name-bytes = nom non valide ({ $bytes ->
        [one] { $bytes } octet
       *[other] { $bytes } octets
    }) : utilisez de 1 à { $max } lettres, chiffres, `.`, `_`, `-` ou `@`
sec-error-password-short = le mot de passe est trop court ({ $count ->
        [one] { $count } caractère
       *[other] { $count } caractères
    }) : utilisez-en au moins { $min }
sec-error-password-long = le mot de passe dépasse { $max ->
        [one] { $max } octet
       *[other] { $max } octets
    }
sec-error-setup-done = la configuration initiale est déjà faite : un compte existe
sec-error-unknown-role = rôle inconnu `{ $role }` (intégrés : `admin`, `operator`, `viewer` ; ajoutez-en d’autres avec `{ $command }`)
sec-error-user-exists = l’utilisateur `{ $name }` existe déjà
sec-error-builtin-role = `{ $name }` est un rôle intégré et ne peut pas être modifié
sec-error-ttl-unusable = la durée de vie du jeton de { $seconds } s n’est pas utilisable
sec-error-scope-beyond = l’utilisateur `{ $user }` (rôle `{ $role }`) ne détient pas { $permissions }
sec-error-ttl-zero = la durée de vie du jeton doit être positive
sec-error-ttl-max = un jeton peut vivre au plus { $max } (`{ $setting }`), pas { $ttl }
sec-error-key-from-config = la clé de chiffrement vient de la configuration (`{ $setting }`) ; changez-la là-bas
sec-error-signing-key-from-config = la clé de signature des jetons vient de la configuration (`{ $setting }` ou `{ $env }`) ; changez-la là-bas
sec-error-key-file-missing = le fichier de clés { $file } est manquant, la chaîne d’audit ne peut donc pas être vérifiée
sec-error-checkpoints-missing = le fichier de points de contrôle { $file } est manquant ou vide mais la clé de signature { $key } existe : restaurez le fichier depuis votre sauvegarde, ou déplacez la clé pour commencer un nouvel historique de points de contrôle (le journal d’audit n’est alors vérifié qu’à partir de ce point)
sec-error-signing-key-missing = la clé de signature { $key } est manquante mais { $file } contient des points de contrôle qu’elle a signés : restaurez la clé depuis votre sauvegarde (une nouvelle clé rendrait le journal d’audit invérifiable)
sec-error-last-manager = `{ $name }` est le dernier compte qui peut gérer les utilisateurs ; créez un autre administrateur avant de l’effacer
sec-error-last-admin = `{ $name }` est le dernier administrateur activé ; nommez d’abord un autre administrateur
# A caller granting more than it holds; `action` is one of the sec-do-* phrases.
sec-error-beyond-caller = vous ne détenez pas { $permissions }, vous ne pouvez donc pas { $action }
sec-do-create-user = créer un compte avec le rôle `{ $role }`
sec-do-give-role = donner à `{ $name }` le rôle `{ $role }`
sec-do-change-role = changer le rôle de `{ $name }` (`{ $role }`)
sec-do-disable = désactiver `{ $name }` (`{ $role }`)
sec-do-enable = activer `{ $name }` (`{ $role }`)
sec-do-issue-token-role = émettre un jeton pour `{ $name }` (`{ $role }`)
sec-do-issue-token = émettre un jeton pour `{ $name }`
