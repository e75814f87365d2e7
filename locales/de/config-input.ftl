# Die Konfigurationsdatei als nicht vertrauenswürdige Eingabe: Größe, Text, YAML-Grenzen, leere Datei.

config-input-unreadable = die Datei kann nicht gelesen werden: { $detail }
config-input-too-large = die Datei ist größer als { $limit } Bytes, das Maximum für eine Konfigurationsdatei
config-input-not-utf8 = keine Textdatei: die Bytes an dieser Stelle sind kein gültiges UTF-8
config-input-nul = keine Textdatei: hier steht ein Null-Byte (ist es eine Binärdatei?)
config-input-empty = die Datei enthält keinen YAML-Inhalt (sie ist leer oder enthält nur Leerzeilen und Kommentare); eine Konfiguration braucht mindestens einen der Schlüssel { $keys }
config-input-not-mapping = die oberste Ebene muss eine Zuordnung mit { $keys } sein, gefunden wurde { $found ->
        [string] Text
        [number] eine Zahl
        [bool] ein Wahrheitswert
        [list] eine Liste
       *[null] ein leerer Wert
    }
config-input-too-many-aliases = mehr als { $max } Aliase (*) in einer Konfiguration; hier abgebrochen
config-input-alias-nodes = Aliase würden zu mehr als { $max } Knoten expandieren (eine Alias-Bombe?); hier abgebrochen, ohne zu expandieren
config-input-too-deep = mehr als { $max } Ebenen tief verschachtelt

# What the YAML reader refuses that YAML itself allows (crates/engine/src/config/yaml.rs).
config-input-duplicate-key = ungültiges YAML: doppelter Schlüssel `{ $key }`
config-input-second-document = ungültiges YAML: erwartet wird ein einziges YAML-Dokument, gefunden wurde ein zweites
config-input-alias-key = ungültiges YAML: ein Alias (`*name`) kann kein Schlüssel einer Zuordnung sein
config-input-collection-key = ungültiges YAML: erwartet wird ein einfacher Schlüssel, gefunden wurde eine Liste oder Zuordnung als Schlüssel
