# Le fichier de configuration comme entrée non fiable : taille, texte, limites YAML, fichier vide.

config-input-unreadable = impossible de lire le fichier : { $detail }
config-input-too-large = le fichier dépasse { $limit } octets, le maximum pour un fichier de configuration
config-input-not-utf8 = ce n’est pas un fichier texte : les octets à cet endroit ne sont pas de l’UTF-8 valide
config-input-nul = ce n’est pas un fichier texte : il contient un octet nul ici (est-ce un fichier binaire ?)
config-input-empty = le fichier ne contient aucun YAML (il est vide, ou n’a que des lignes blanches et des commentaires) ; une configuration doit contenir au moins une des clés { $keys }
config-input-not-mapping = le niveau supérieur doit être un dictionnaire avec { $keys }, trouvé : { $found ->
        [string] du texte
        [number] un nombre
        [bool] un booléen
        [list] une liste
       *[null] une valeur vide
    }
config-input-too-many-aliases = plus de { $max } alias (*) dans une configuration ; arrêt ici
config-input-alias-nodes = les alias produiraient plus de { $max } nœuds (une bombe d’alias ?) ; arrêt ici sans les développer
config-input-too-deep = imbrication de plus de { $max } niveaux

# What the YAML reader refuses that YAML itself allows (crates/engine/src/config/yaml.rs).
config-input-duplicate-key = YAML non valide : clé en double `{ $key }`
config-input-second-document = YAML non valide : un seul document YAML est attendu, un deuxième a été trouvé
config-input-alias-key = YAML non valide : un alias (`*name`) ne peut pas être une clé de dictionnaire
config-input-collection-key = YAML non valide : une clé simple est attendue, une liste ou un dictionnaire a été utilisé comme clé
