# Il file di configurazione come input non fidato: dimensione, testo, limiti YAML, file vuoto.

config-input-unreadable = impossibile leggere il file: { $detail }
config-input-too-large = il file supera { $limit } byte, il massimo per un file di configurazione
config-input-not-utf8 = non è un file di testo: i byte in questa posizione non sono UTF-8 valido
config-input-nul = non è un file di testo: qui contiene un byte nullo (è un file binario?)
config-input-empty = il file non ha contenuto YAML (è vuoto o contiene solo righe vuote e commenti); una configurazione richiede almeno una delle chiavi { $keys }
config-input-not-mapping = il livello superiore deve essere una mappa con { $keys }, trovato { $found ->
        [string] del testo
        [number] un numero
        [bool] un booleano
        [list] un elenco
       *[null] un valore vuoto
    }
config-input-too-many-aliases = più di { $max } alias (*) in una configurazione; interrotto qui
config-input-alias-nodes = gli alias si espanderebbero in più di { $max } nodi (una bomba di alias?); interrotto qui senza espanderlo
config-input-too-deep = annidamento oltre { $max } livelli

# What the YAML reader refuses that YAML itself allows (crates/engine/src/config/yaml.rs).
config-input-duplicate-key = YAML non valido: chiave duplicata `{ $key }`
config-input-second-document = YAML non valido: atteso un solo documento YAML, trovato un secondo
config-input-alias-key = YAML non valido: un alias (`*name`) non può essere una chiave di una mappa
config-input-collection-key = YAML non valido: attesa una chiave semplice, trovata una lista o una mappa usata come chiave
