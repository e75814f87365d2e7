# Contas e chaves pelo terminal (issue 15).
cli-user-unlocked = A espera de login de { $name } foi removida ({ $sources ->
    [one] uma origem
   *[other] { $sources } origens
}); o contador de falhas voltou a zero.
cli-key-signing-rotated = A chave de assinatura JWT foi trocada; tokens assinados com a chave antiga continuam válidos até expirarem, no máximo até { $until } UTC.
cli-key-signing-from-config = A chave de assinatura JWT vem da configuração ({ $setting }); altere-a lá para trocá-la.
cli-key-data-rotated = A chave de criptografia de dados foi trocada; { $values } valores foram criptografados novamente.
cli-key-data-from-config = A chave de criptografia de dados vem da frase secreta da configuração ({ $setting }); altere-a lá para trocá-la.
