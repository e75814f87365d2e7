# Evidencias de controles de cumplimiento que pueden fallar (informes; issue 16).
evidence-encryption-rest-clear = Solo los secretos almacenados están cifrados: el historial, los incidentes y los registros de auditoría de esta base de datos los puede leer cualquiera que pueda leer el volumen.
evidence-access-stale-admin = Cuentas de administrador sin uso durante 90 días o más: { $count } ({ $names }).
evidence-incidents-overdue = Incidentes abiertos durante más de 72 horas: { $count } ({ $ids }).
evidence-residency-migrations = Migraciones en este periodo: { $count }, cada una comprobada con las reglas de residencia.
evidence-residency-store-forbidden = { $component } almacena { $category } de personas de { $origin } en { $region }; { $rule } lo prohíbe.
evidence-residency-migration-forbidden = Una migración de { $component } el { $when } trasladó { $category } de personas de { $origin } a { $target } en { $region }; { $rule } lo prohíbe.
evidence-healing-count = Acciones de reparación iniciadas en este periodo: { $count } (de la tabla de acciones de reparación, reinicios del supervisor incluidos); con su registro de auditoría: { $audited }; aún en curso: { $running }. Las solicitudes de operadores, pausas y ventanas de mantenimiento se auditan como decisiones y no cuentan como acciones.
evidence-healing-missing = Acciones de reparación terminadas sin registro de auditoría: { $missing } ({ $ids }).
evidence-erasure-unserved = Solicitudes de supresión anotadas en el registro de auditoría pero nunca ejecutadas: { $count }.
