# Las demás páginas: encontrar la configuración a partir de una dirección de correo, dos
# informes en paralelo y las páginas breves de error de un informe guardado.

## Encontrar tu configuración

discover-title = Encuentra la configuración de tu servidor de correo
discover-lead = Escribe tu dirección de correo. maildoctor consulta todos los lugares donde buscan las aplicaciones de correo (su tabla de proveedores, los registros DNS y el archivo autoconfig de tu dominio, los nombres de servidor habituales) y luego comprueba cada servidor en directo, sin contraseña.
discover-error-title = Revisa la dirección
discover-email-label = Dirección de correo
discover-email-hint = Por ejemplo, jo@example.com. Solo se usa la dirección; no se pide ninguna contraseña.
discover-submit = Buscar mi configuración
discover-confirmed = Configuración encontrada y confirmada
discover-suggested = Configuración sugerida, sin confirmar
discover-nothing = No se encontró ninguna configuración
discover-for = Para { $email } ({ $ms } ms).
discover-provider = Proveedor: { $provider }.
discover-settings = Configuración para tu aplicación de correo
discover-status-confirmed = confirmada
discover-status-suggested = sugerida
discover-encryption = Cifrado
discover-found-by = Encontrada mediante
discover-diagnose = Diagnosticar con esta configuración
discover-disagree = Las fuentes no coinciden
discover-notes = Conviene saber
discover-advice = Qué hacer
discover-tried = Todos los candidatos probados
discover-nothing-tried = No se encontró ningún servidor que probar.
discover-service = Servicio
discover-outcome = Resultado
discover-what-happened = Qué pasó
discover-sources = Fuentes consultadas
discover-source = Fuente
discover-asked = Consulta
discover-answer = Respuesta
username-local-part = la parte anterior a la @

## Dos informes en paralelo

compare-title = Dos informes en paralelo
compare-reading = Qué significa la diferencia
compare-first-fix = Qué corregir primero:
compare-open = Abrir el informe completo
compare-caption = Cada paso, visto desde los dos lugares
compare-stage = Paso

## Un informe guardado que no se puede mostrar

saved-not-found-title = No encontrado
saved-not-found = Este informe no existe: se eliminó o caducó. Vuelve a hacer la comprobación para obtener uno nuevo.
saved-check-link = Comprobar un servidor de correo
saved-unavailable-title = No disponible
saved-unavailable = Ahora no se pueden leer los informes guardados. Inténtalo de nuevo en un minuto.
saved-deleted-title = Eliminado
saved-deleted = El informe guardado se eliminó. Su enlace ya no lo abre.
