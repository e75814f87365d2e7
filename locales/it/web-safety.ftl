# Rifiuti dei controlli sulle richieste del server HTTP, limite del periodo dei report e rifiuto
# di `serve` di ascoltare fuori da loopback senza sicurezza.

http-foreign-host = Questo server non risponde al nome host { $host } (una pagina che lo raggiunge con un altro nome può essere un attacco di DNS rebinding). Risponde a { $allowed }; per usare un altro nome, aggiungilo a { $key }.
http-cross-site-origin = Rifiutata: questa richiesta proviene dalla pagina { $origin } e da un browser solo le pagine di Pipeline Guard possono usare questo indirizzo.
http-cross-site-fetch = Rifiutata: il browser indica che questa richiesta proviene da un altro sito ({ $header }: { $value }).
http-json-only = Rifiutata: qui il corpo della richiesta deve essere JSON ({ $expected }), non { $found }.
http-method-not-allowed = { $method } non è consentito su questo indirizzo; accetta { $allowed }.
http-request-timeout = La richiesta è stata interrotta dopo { $seconds } s ({ $key }).
report-period-too-long = Il periodo del report copre { $days ->
        [one] { $days } giorno
       *[other] { $days } giorni
    }, più dei { $max } giorni che un report può coprire ({ $key }). Dividilo in periodi più brevi.
cli-serve-loopback-only = Ascolto su { $addr } rifiutato: con la sicurezza disattivata il server ascolta solo su loopback (127.0.0.1 o ::1), perché chiunque lo raggiungesse agirebbe come amministratore anonimo. Per ascoltare in rete, imposta { $key } e crea un account amministratore.
