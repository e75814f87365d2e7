# Cuentas y claves desde la terminal (incidencia 15).
cli-user-unlocked = Se borró la espera de inicio de sesión de { $name } ({ $sources ->
    [one] un origen
   *[other] { $sources } orígenes
}); su contador de fallos vuelve a cero.
cli-key-signing-rotated = Se rotó la clave de firma JWT; los tokens firmados con la clave anterior siguen siendo válidos hasta que caduquen, como muy tarde el { $until } UTC.
cli-key-signing-from-config = La clave de firma JWT viene de la configuración ({ $setting }); cámbiela allí para rotarla.
cli-key-data-rotated = Se rotó la clave de cifrado de datos; se volvieron a cifrar { $values } valores.
cli-key-data-from-config = La clave de cifrado de datos viene de la frase de contraseña de la configuración ({ $setting }); cámbiela allí para rotarla.
