# Ablehnungen der Anfrageprüfungen des HTTP-Servers, Obergrenze des Berichtszeitraums und
# die Weigerung von `serve`, ohne Sicherheit außerhalb von Loopback zu lauschen.

http-foreign-host = Dieser Server antwortet nicht auf den Hostnamen { $host } (eine Seite, die ihn unter einem anderen Namen erreicht, kann ein DNS-Rebinding-Angriff sein). Er antwortet auf { $allowed }; um einen anderen Namen zu verwenden, tragen Sie ihn in { $key } ein.
http-cross-site-origin = Abgelehnt: Diese Anfrage kommt von der Seite { $origin }; aus einem Browser dürfen nur die eigenen Seiten von Pipeline Guard diese Adresse verwenden.
http-cross-site-fetch = Abgelehnt: Der Browser kennzeichnet diese Anfrage als von einer anderen Website stammend ({ $header }: { $value }).
http-json-only = Abgelehnt: Der Anfragetext muss hier JSON sein ({ $expected }), nicht { $found }.
http-method-not-allowed = { $method } ist an dieser Adresse nicht erlaubt; sie akzeptiert { $allowed }.
http-request-timeout = Die Anfrage wurde nach { $seconds } Sek. abgebrochen ({ $key }).
report-period-too-long = Der Berichtszeitraum umfasst { $days ->
        [one] { $days } Tag
       *[other] { $days } Tage
    }, mehr als die { $max } Tage, die ein Bericht abdecken darf ({ $key }). Teilen Sie ihn in kürzere Zeiträume auf.
cli-serve-loopback-only = Lauschen auf { $addr } abgelehnt: Bei deaktivierter Sicherheit lauscht der Server nur auf Loopback (127.0.0.1 oder ::1), denn jeder, der ihn erreicht, wäre ein anonymer Administrator. Um im Netzwerk zu lauschen, setzen Sie { $key } und legen Sie ein Administratorkonto an.
