# El archivo de configuración como entrada no confiable: tamaño, texto, límites de YAML, archivo vacío.

config-input-unreadable = no se puede leer el archivo: { $detail }
config-input-too-large = el archivo ocupa más de { $limit } bytes, el máximo para un archivo de configuración
config-input-not-utf8 = no es un archivo de texto: los bytes en esta posición no son UTF-8 válido
config-input-nul = no es un archivo de texto: contiene un byte nulo aquí (¿es un archivo binario?)
config-input-empty = el archivo no tiene contenido YAML (está vacío o solo tiene líneas en blanco y comentarios); una configuración necesita al menos una de las claves { $keys }
config-input-not-mapping = el nivel superior debe ser un mapa con { $keys }, pero se encontró { $found ->
        [string] texto
        [number] un número
        [bool] un booleano
        [list] una lista
       *[null] un valor vacío
    }
config-input-too-many-aliases = más de { $max } alias (*) en una configuración; se detuvo aquí
config-input-alias-nodes = los alias se expandirían a más de { $max } nodos (¿una bomba de alias?); se detuvo aquí sin expandirlo
config-input-too-deep = anidado a más de { $max } niveles de profundidad

# What the YAML reader refuses that YAML itself allows (crates/engine/src/config/yaml.rs).
config-input-duplicate-key = YAML no válido: clave duplicada `{ $key }`
config-input-second-document = YAML no válido: se esperaba un solo documento YAML, se encontró un segundo
config-input-alias-key = YAML no válido: un alias (`*name`) no puede ser una clave de un mapeo
config-input-collection-key = YAML no válido: se esperaba una clave simple, se encontró una lista o un mapeo usado como clave
