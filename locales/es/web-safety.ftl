# Rechazos de las comprobaciones de solicitudes del servidor HTTP, límite del periodo de los
# informes y negativa de `serve` a escuchar fuera de loopback sin seguridad.

http-foreign-host = Este servidor no responde al nombre de host { $host } (una página que llega con otro nombre puede ser un ataque de DNS rebinding). Responde a { $allowed }; para usar otro nombre, añádalo a { $key }.
http-cross-site-origin = Rechazada: esta solicitud viene de la página { $origin }, y desde un navegador solo las páginas del propio Pipeline Guard pueden usar esta dirección.
http-cross-site-fetch = Rechazada: el navegador indica que esta solicitud viene de otro sitio ({ $header }: { $value }).
http-json-only = Rechazada: aquí el cuerpo de la solicitud debe ser JSON ({ $expected }), no { $found }.
http-method-not-allowed = { $method } no está permitido en esta dirección; acepta { $allowed }.
http-request-timeout = La solicitud se detuvo tras { $seconds } s ({ $key }).
report-period-too-long = El periodo del informe abarca { $days ->
        [one] { $days } día
       *[other] { $days } días
    }, más que los { $max } días que puede cubrir un informe ({ $key }). Divídalo en periodos más cortos.
cli-serve-loopback-only = No se escucha en { $addr }: con la seguridad desactivada el servidor solo escucha en loopback (127.0.0.1 o ::1), porque cualquiera que lo alcanzara actuaría como administrador anónimo. Para escuchar en la red, active { $key } y cree una cuenta de administrador.
