# Evidências de controles de conformidade que podem falhar (relatórios; issue 16).
evidence-encryption-rest-clear = Apenas os segredos armazenados estão criptografados: o histórico, os incidentes e os registros de auditoria deste banco podem ser lidos por qualquer pessoa que leia o volume.
evidence-access-stale-admin = Contas de administrador sem uso há 90 dias ou mais: { $count } ({ $names }).
evidence-incidents-overdue = Incidentes abertos há mais de 72 horas: { $count } ({ $ids }).
evidence-residency-migrations = Migrações no período: { $count }, cada uma verificada contra as regras de residência.
evidence-residency-store-forbidden = { $component } armazena { $category } de pessoas em { $origin } em { $region }; { $rule } proíbe isso.
evidence-residency-migration-forbidden = Uma migração de { $component } em { $when } moveu { $category } de pessoas em { $origin } para { $target } em { $region }; { $rule } proíbe isso.
evidence-healing-count = Ações de recuperação iniciadas no período: { $count } (da tabela de ações de recuperação, reinícios do supervisor incluídos); com registro de auditoria: { $audited }; ainda em andamento: { $running }. Solicitações, pausas e janelas de manutenção de operadores são auditadas como decisões, não contadas como ações.
evidence-healing-missing = Ações de recuperação concluídas sem registro de auditoria: { $missing } ({ $ids }).
evidence-erasure-unserved = Pedidos de eliminação registrados no log de auditoria, mas nunca executados: { $count }.
