## Nachweise, auf die sich Prüfer verlassen können (Issue 16): signierte Prüfpunkte außerhalb der
## Datenbank, signierte Berichte, der Integritätsabschnitt des Berichts und die Compliance-Seite.

cli-audit-intact = Audit-Protokoll unversehrt: { $rows ->
    [one] eine Zeile
   *[other] { $rows } Zeilen
}, Kopf { $head }.
cli-audit-checkpoint-ok = Es stimmt mit dem neuesten signierten Prüfpunkt überein ({ $signed ->
    [one] eine Zeile
   *[other] { $signed } Zeilen
}, signiert am { $at }, in { $file }).
cli-audit-keyring-missing = Die Schlüsseldatei { $file } fehlt, daher kann die Audit-Kette nicht geprüft werden (kommt der Schlüssel des Wächters aus seiner Konfiguration, geben Sie { $config } an).
cli-audit-no-key = { $db } hat keinen Audit-Schlüssel: Darin wurde nie etwas protokolliert.

audit-break-edited = Audit-Zeile { $row } wurde bearbeitet: Ihr Hash passt nicht zu ihrem Inhalt
audit-break-deleted = Audit-Zeile { $row } wurde gelöscht: Die Kette springt von Zeile { $from } zu Zeile { $to }
audit-break-tail-deleted = Audit-Zeile { $row } wurde gelöscht: Das Protokoll endet bei Zeile { $last }, aber { $appended } Zeilen wurden angefügt
audit-break-inserted = Audit-Zeile { $row } wurde eingefügt: Sie wurde nie über das Protokoll angefügt
audit-break-relinked = Audit-Zeile { $row } wurde bearbeitet oder neu verkettet: Ihr { $field } passt nicht zu Zeile { $prev }
audit-break-behind = Die Audit-Zeilen { $first } bis { $signed } fehlen: Das Protokoll hat { $rows ->
    [one] { $rows } Zeile
   *[other] { $rows } Zeilen
}, aber der am { $at } signierte Prüfpunkt zählte { $signed } (gelöscht, oder eine ältere Datenbank wiederhergestellt)
audit-break-mismatch = Audit-Zeile { $row } stimmt nicht mehr mit dem am { $at } signierten Prüfpunkt überein: Das Protokoll wurde umgeschrieben oder zurückgesetzt
audit-break-head-missing = Der Kopf der Audit-Kette fehlt in der Datenbank, obwohl das Protokoll { $rows } Zeilen hat
audit-break-checkpoints-missing = Die Prüfpunktdatei { $file } fehlt oder ist leer, aber der Signaturschlüssel { $key } existiert
audit-break-key-missing = Der Signaturschlüssel { $key } fehlt, daher können die Prüfpunkte in { $file } nicht geprüft werden
audit-break-no-checkpoints = Das Audit-Protokoll hat Zeilen, aber keine Prüfpunkte: Der Signaturschlüssel { $key } und die Prüfpunktdatei { $file } fehlen
audit-break-forged = Zeile { $line } der Prüfpunktdatei { $file } ist kein mit dem Schlüssel des Wächters signierter Prüfpunkt

cli-verify-signed = { $file }: echt, signiert von { $key } (sha256 { $digest }). Er verweist auf den Audit-Prüfpunkt mit { $rows ->
    [one] { $rows } Zeile
   *[other] { $rows } Zeilen
}, signiert am { $at }, Kopf { $head }.
cli-verify-in-history = Der Prüfpunkt steht in der Prüfpunkt-Historie von { $db }, und Audit-Zeile { $rows } hat noch den signierten Hash.
cli-verify-need-key = Ein vertrauenswürdiger öffentlicher Schlüssel wird benötigt: Geben Sie { $key } mit dem an, was „{ $export }“ für den Wächter ausgegeben hat, oder { $db } mit der Datenbank des Wächters
cli-verify-not-in-history = Der Audit-Prüfpunkt, auf den dieser Bericht verweist ({ $rows ->
    [one] { $rows } Zeile
   *[other] { $rows } Zeilen
}, signiert am { $at }), steht nicht in der Prüfpunkt-Historie von { $db } ({ $file })
cli-verify-row-changed = Audit-Zeile { $rows } von { $db } fehlt oder hat nicht mehr den Hash, den der zitierte Prüfpunkt signiert hat: Das Protokoll wurde umgeschrieben oder zurückgesetzt
cli-key-missing = Neben { $db } liegt kein Signaturschlüssel ({ $file })

seal-missing = Kein Pipeline-Guard-Siegel gefunden: Dies ist kein Bericht von Pipeline Guard, oder sein Siegel wurde entfernt
seal-duplicate = Die Datei hat mehr als ein Siegel
seal-malformed = Das Siegel ist fehlerhaft
seal-unsigned = Unsigniert: Dieser Bericht trägt nur das alte SHA-256-Siegel, das jeder, der die Datei bearbeitet, neu berechnen kann; exportieren Sie ihn erneut, um einen signierten Bericht zu erhalten
seal-digest-mismatch = Gefälscht: Der Inhalt der Datei hat den Hash sha256 { $actual }, ihr Siegel nennt aber { $expected }; der Bericht wurde nach dem Signieren geändert
seal-forged = Gefälscht: Die Signatur lässt sich mit dem vertrauenswürdigen Schlüssel { $key } nicht bestätigen; der Bericht wurde geändert oder von jemand anderem signiert
seal-checkpoint-forged = Gefälscht: Der Audit-Prüfpunkt, auf den der Bericht verweist, ist nicht mit dem vertrauenswürdigen Schlüssel { $key } signiert

report-integrity-signed = Dieser Bericht ist mit dem Ed25519-Schlüssel des Wächters signiert, über seinen Inhalt und den Audit-Prüfpunkt unten. Prüfen Sie ihn mit „{ $command }“ und dem öffentlichen Schlüssel, den Ihnen der Betreiber gegeben hat („{ $export }“); der in der Datei stehende Schlüssel ist nur eine Kopie.
report-integrity-key = Signaturschlüssel (Ed25519)
report-integrity-checkpoint = Audit-Prüfpunkt
report-integrity-checkpoint-value = { $rows ->
    [one] eine Zeile
   *[other] { $rows } Zeilen
}, signiert am { $at }

ui-compliance-signed-by = Signiert von (Ed25519)
ui-compliance-checkpoint = Audit-Prüfpunkt
ui-compliance-checkpoint-value = { $rows ->
    [one] eine Zeile
   *[other] { $rows } Zeilen
}, signiert am { $at }
