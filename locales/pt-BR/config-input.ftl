# O arquivo de configuração como entrada não confiável: tamanho, texto, limites de YAML, arquivo vazio.

config-input-unreadable = não foi possível ler o arquivo: { $detail }
config-input-too-large = o arquivo tem mais de { $limit } bytes, o máximo para um arquivo de configuração
config-input-not-utf8 = não é um arquivo de texto: os bytes nesta posição não são UTF-8 válido
config-input-nul = não é um arquivo de texto: contém um byte nulo aqui (é um arquivo binário?)
config-input-empty = o arquivo não tem conteúdo YAML (está vazio ou só tem linhas em branco e comentários); uma configuração precisa de pelo menos uma das chaves { $keys }
config-input-not-mapping = o nível superior deve ser um mapa com { $keys }, mas foi encontrado { $found ->
        [string] texto
        [number] um número
        [bool] um booleano
        [list] uma lista
       *[null] um valor vazio
    }
config-input-too-many-aliases = mais de { $max } aliases (*) em uma configuração; interrompido aqui
config-input-alias-nodes = os aliases se expandiriam para mais de { $max } nós (uma bomba de aliases?); interrompido aqui sem expandir
config-input-too-deep = aninhado em mais de { $max } níveis

# What the YAML reader refuses that YAML itself allows (crates/engine/src/config/yaml.rs).
config-input-duplicate-key = YAML inválido: chave duplicada `{ $key }`
config-input-second-document = YAML inválido: esperado um único documento YAML, encontrado um segundo
config-input-alias-key = YAML inválido: um alias (`*name`) não pode ser chave de um mapeamento
config-input-collection-key = YAML inválido: esperada uma chave simples, encontrada uma lista ou um mapeamento usado como chave
