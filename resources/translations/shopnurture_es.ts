<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>ActivationDialog</name>
    <message>
        <source>Activate the changed flow</source>
        <translation>Activar el flujo modificado</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) are in the middle of this flow. Your changes apply to everyone who enters from now on; what should happen to those already in it?</source>
        <translation>
            <numerusform>%n contacto está a mitad de este flujo. Tus cambios se aplican a quien entre a partir de ahora; ¿qué hacemos con quien ya está dentro?</numerusform>
            <numerusform>%n contactos están a mitad de este flujo. Tus cambios se aplican a quien entre a partir de ahora; ¿qué hacemos con quienes ya están dentro?</numerusform>
        </translation>
    </message>
    <message>
        <source>Contacts waiting at each step</source>
        <translation>Contactos esperando en cada paso</translation>
    </message>
    <message>
        <source>Waiting at</source>
        <translation>Esperando en</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>versión %1</translation>
    </message>
    <message>
        <source>Let them finish on the old version (recommended)</source>
        <translation>Que terminen con la versión anterior (recomendado)</translation>
    </message>
    <message>
        <source>Move them all to this step of the new version:</source>
        <translation>Moverlos a todos a este paso de la versión nueva:</translation>
    </message>
    <message>
        <source>Take them out of the flow (no more messages from it)</source>
        <translation>Sacarlos del flujo (no recibirán más mensajes de él)</translation>
    </message>
    <message>
        <source>Step to move them to</source>
        <translation>Paso al que moverlos</translation>
    </message>
    <message>
        <source>Each contact keeps the steps and messages they started with.</source>
        <translation>Cada contacto sigue con los pasos y mensajes con los que empezó.</translation>
    </message>
    <message>
        <source>They continue from that step now; a wait there starts today.</source>
        <translation>Siguen desde ese paso ahora mismo; si es una espera, empieza a contar hoy.</translation>
    </message>
    <message>
        <source>Messages they have queued and not yet sent are cancelled.</source>
        <translation>Se cancelan los mensajes que tenían en cola y aún no se han enviado.</translation>
    </message>
    <message>
        <source>Activate</source>
        <translation>Activar</translation>
    </message>
    <message>
        <source>The flow was not activated</source>
        <translation>No se ha activado el flujo</translation>
    </message>
</context>
<context>
    <name>ActivityEditor</name>
    <message>
        <source>Kind of activity</source>
        <translation>Tipo de actividad</translation>
    </message>
    <message>
        <source>any activity</source>
        <translation>cualquier actividad</translation>
    </message>
    <message>
        <source> time(s) or more</source>
        <translation> o más veces</translation>
    </message>
    <message>
        <source>ever</source>
        <translation>siempre</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>In the last so many days (ever: no limit)</source>
        <translation>En los últimos tantos días (siempre: sin límite)</translation>
    </message>
    <message>
        <source>product SKU</source>
        <translation>SKU del producto</translation>
    </message>
    <message>
        <source>category</source>
        <translation>categoría</translation>
    </message>
    <message>
        <source>any value</source>
        <translation>cualquier importe</translation>
    </message>
    <message>
        <source>no maximum</source>
        <translation>sin máximo</translation>
    </message>
    <message>
        <source>Orders count by their total; other activity by its value</source>
        <translation>Los pedidos cuentan por su total; el resto de actividad, por su importe</translation>
    </message>
    <message>
        <source>in the last</source>
        <translation>en los últimos</translation>
    </message>
    <message>
        <source>value</source>
        <translation>importe</translation>
    </message>
    <message>
        <source>to</source>
        <translation>a</translation>
    </message>
</context>
<context>
    <name>ActivityPage</name>
    <message>
        <source>Show activity of type</source>
        <translation>Mostrar actividad de tipo</translation>
    </message>
    <message>
        <source>All activity</source>
        <translation>Toda la actividad</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <source>Everything your customers did, newest first</source>
        <translation>Todo lo que han hecho tus clientes, lo más reciente primero</translation>
    </message>
</context>
<context>
    <name>ActivityTableModel</name>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Product or category</source>
        <translation>Producto o categoría</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Pedido</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
</context>
<context>
    <name>BranchesEditor</name>
    <message>
        <source>Add a branch</source>
        <translation>Añadir una rama</translation>
    </message>
    <message>
        <source>Branch name</source>
        <translation>Nombre de la rama</translation>
    </message>
    <message>
        <source>Percent</source>
        <translation>Porcentaje</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove this branch</source>
        <translation>Quitar esta rama</translation>
    </message>
</context>
<context>
    <name>ColumnsPage</name>
    <message>
        <source>Which column is which?</source>
        <translation>¿Qué es cada columna?</translation>
    </message>
    <message>
        <source>Check what each column will be imported as. Columns set to “Don&apos;t import” are left out.</source>
        <translation>Comprueba cómo se importará cada columna. Las columnas marcadas con «No importar» se dejan fuera.</translation>
    </message>
    <message>
        <source>Columns of the file</source>
        <translation>Columnas del archivo</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Columna del archivo</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>Ejemplos</translation>
    </message>
    <message>
        <source>Import as</source>
        <translation>Importar como</translation>
    </message>
    <message>
        <source>Using the columns you chose last time for a file like this.</source>
        <translation>Se usan las columnas que elegiste la última vez para un archivo como este.</translation>
    </message>
    <message>
        <source>Import %1 as</source>
        <translation>Importar %1 como</translation>
    </message>
    <message>
        <source>Don&apos;t import</source>
        <translation>No importar</translation>
    </message>
</context>
<context>
    <name>ConditionBuilder</name>
    <message>
        <source>Add a condition</source>
        <translation>Añadir una condición</translation>
    </message>
</context>
<context>
    <name>ContactDetailPanel</name>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Cumpleaños</translation>
    </message>
    <message>
        <source>Lives in</source>
        <translation>Vive en</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation>Publicidad</translation>
    </message>
    <message>
        <source>Lead score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Activity timeline</source>
        <translation>Historial de actividad</translation>
    </message>
    <message>
        <source>Select a contact to see their details and activity.</source>
        <translation>Selecciona un contacto para ver sus datos y su actividad.</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <source>Email: %1 · SMS: %2</source>
        <translation>Correo: %1 · SMS: %2</translation>
    </message>
    <message>
        <source>%1 (flows and segments still see %2)</source>
        <translation>%1 (flujos y segmentos aún ven %2)</translation>
    </message>
    <message>
        <source>Activity (latest %1 of %2)</source>
        <translation>Actividad (últimas %1 de %2)</translation>
    </message>
    <message>
        <source>Activity (%1)</source>
        <translation>Actividad (%1)</translation>
    </message>
    <message>
        <source>No activity recorded yet.</source>
        <translation>Todavía no hay actividad registrada.</translation>
    </message>
    <message>
        <source>%1 s on page</source>
        <translation>%1 s en la página</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>Edit contact</source>
        <translation>Editar contacto</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>Nuevo contacto</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Last names</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Cumpleaños</translation>
    </message>
    <message>
        <source>vip, newsletter</source>
        <translation>vip, boletín</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation>Móvil</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zona horaria</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Accepts marketing email</source>
        <translation>Acepta publicidad por correo</translation>
    </message>
    <message>
        <source>Accepts marketing SMS</source>
        <translation>Acepta publicidad por SMS</translation>
    </message>
</context>
<context>
    <name>ContactPicker</name>
    <message>
        <source>Search by name, email or phone</source>
        <translation>Busca por nombre, correo o teléfono</translation>
    </message>
    <message>
        <source>Search contacts</source>
        <translation>Buscar contactos</translation>
    </message>
</context>
<context>
    <name>ContactTestBar</name>
    <message>
        <source>Contact to test with</source>
        <translation>Contacto con el que probar</translation>
    </message>
    <message>
        <source>Test result</source>
        <translation>Resultado de la prueba</translation>
    </message>
    <message>
        <source>Stop testing</source>
        <translation>Dejar de probar</translation>
    </message>
    <message>
        <source>Stop testing with a contact</source>
        <translation>Dejar de probar con un contacto</translation>
    </message>
    <message>
        <source>Test with:</source>
        <translation>Probar con:</translation>
    </message>
    <message>
        <source>No contact matches the search.</source>
        <translation>Ningún contacto coincide con la búsqueda.</translation>
    </message>
    <message>
        <source>Working out the path…</source>
        <translation>Calculando el recorrido…</translation>
    </message>
</context>
<context>
    <name>ContactsPage</name>
    <message>
        <source>Search by name, email, phone, city or tag…</source>
        <translation>Buscar por nombre, correo, teléfono, ciudad o etiqueta…</translation>
    </message>
    <message>
        <source>Search contacts</source>
        <translation>Buscar contactos</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>Nuevo contacto</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Privacy…</source>
        <translation>Privacidad…</translation>
    </message>
    <message>
        <source>Give this contact their data, or forget them</source>
        <translation>Entregar a este contacto sus datos, u olvidarlo</translation>
    </message>
    <message>
        <source>Save everything about this contact…</source>
        <translation>Guardar todo lo que sabemos de este contacto…</translation>
    </message>
    <message>
        <source>Forget this contact…</source>
        <translation>Olvidar este contacto…</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <source>Edit contact</source>
        <translation>Editar contacto</translation>
    </message>
    <message>
        <source>Delete contacts</source>
        <translation>Eliminar contactos</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n contacto</numerusform>
            <numerusform>%n contactos</numerusform>
        </translation>
    </message>
    <message>
        <source>Contact added</source>
        <translation>Contacto añadido</translation>
    </message>
    <message>
        <source>Contact saved</source>
        <translation>Contacto guardado</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n contact(s) and their activity? You can undo this with Ctrl+Z.</source>
        <translation>
            <numerusform>¿Eliminar %n contacto y su actividad? Puedes deshacerlo con Ctrl+Z.</numerusform>
            <numerusform>¿Eliminar %n contactos y su actividad? Puedes deshacerlo con Ctrl+Z.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n contact(s)</source>
        <translation>
            <numerusform>Eliminar %n contacto</numerusform>
            <numerusform>Eliminar %n contactos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) deleted. Press Ctrl+Z to undo.</source>
        <translation>
            <numerusform>%n contacto eliminado. Pulsa Ctrl+Z para deshacer.</numerusform>
            <numerusform>%n contactos eliminados. Pulsa Ctrl+Z para deshacer.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContactsTableModel</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntos</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Email OK</source>
        <translation>Acepta correo</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Alta</translation>
    </message>
    <message>
        <source>Email: %1 · SMS: %2</source>
        <translation>Correo: %1 · SMS: %2</translation>
    </message>
</context>
<context>
    <name>EditActions</name>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Cut</source>
        <translation>Cortar</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Pegar</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicar</translation>
    </message>
    <message>
        <source>Select all</source>
        <translation>Seleccionar todo</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Acercar</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Alejar</translation>
    </message>
    <message>
        <source>Fit to window</source>
        <translation>Ver todo</translation>
    </message>
    <message>
        <source>Arrange automatically</source>
        <translation>Ordenar automáticamente</translation>
    </message>
    <message>
        <source>Nudge left</source>
        <translation>Mover a la izquierda</translation>
    </message>
    <message>
        <source>Nudge right</source>
        <translation>Mover a la derecha</translation>
    </message>
    <message>
        <source>Nudge up</source>
        <translation>Mover arriba</translation>
    </message>
    <message>
        <source>Nudge down</source>
        <translation>Mover abajo</translation>
    </message>
</context>
<context>
    <name>EmailAccountForm</name>
    <message>
        <source>Mail server (SMTP)</source>
        <translation>Servidor de correo (SMTP)</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Puerto</translation>
    </message>
    <message>
        <source>None (this computer only)</source>
        <translation>Ninguna (solo este ordenador)</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Seguridad</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Leave empty to keep the saved password</source>
        <translation>Déjalo vacío para conservar la contraseña guardada</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Send as (email)</source>
        <translation>Enviar como (correo)</translation>
    </message>
    <message>
        <source>Send as (name)</source>
        <translation>Enviar como (nombre)</translation>
    </message>
    <message>
        <source>Replies to</source>
        <translation>Respuestas a</translation>
    </message>
    <message>
        <source>At most per day</source>
        <translation>Como máximo al día</translation>
    </message>
    <message>
        <source>Unsubscribe page (optional, https)</source>
        <translation>Página para darse de baja (opcional, https)</translation>
    </message>
    <message>
        <source>Send the test to…</source>
        <translation>Enviar la prueba a…</translation>
    </message>
    <message>
        <source>Test email address</source>
        <translation>Correo para la prueba</translation>
    </message>
    <message>
        <source>Save email account</source>
        <translation>Guardar cuenta de correo</translation>
    </message>
    <message>
        <source>Send a test email</source>
        <translation>Enviar un correo de prueba</translation>
    </message>
    <message>
        <source>Email account saved.</source>
        <translation>Cuenta de correo guardada.</translation>
    </message>
    <message>
        <source>Test email sent to %1: check that inbox.</source>
        <translation>Correo de prueba enviado a %1: revisa ese buzón.</translation>
    </message>
</context>
<context>
    <name>EventFilterEditor</name>
    <message>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Only the products this contact is here for</source>
        <translation>Solo los productos por los que está este contacto</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>segundos</translation>
    </message>
    <message>
        <source>stars</source>
        <translation>estrellas</translation>
    </message>
    <message>
        <source>Time on page at least</source>
        <translation>Tiempo en la página, al menos</translation>
    </message>
    <message>
        <source>Rating at least</source>
        <translation>Valoración mínima</translation>
    </message>
    <message>
        <source>Rating at most</source>
        <translation>Valoración máxima</translation>
    </message>
    <message>
        <source>Any product</source>
        <translation>Cualquier producto</translation>
    </message>
    <message>
        <source>Any category</source>
        <translation>Cualquier categoría</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>Which spreadsheet?</source>
        <translation>¿Qué hoja de cálculo?</translation>
    </message>
    <message>
        <source>Excel (.xlsx), LibreOffice (.ods) or CSV, e.g. an export of your shop.</source>
        <translation>Excel (.xlsx), LibreOffice (.ods) o CSV, por ejemplo una exportación de tu tienda.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Elegir archivo…</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Hoja</translation>
    </message>
    <message>
        <source>The rows are</source>
        <translation>Las filas son</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(elige)</translation>
    </message>
    <message>
        <source>Choose a spreadsheet</source>
        <translation>Elige una hoja de cálculo</translation>
    </message>
    <message>
        <source>Spreadsheets (%1)</source>
        <translation>Hojas de cálculo (%1)</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Leyendo el archivo…</translation>
    </message>
    <message>
        <source>%1 columns, about %2 rows, header on row %3.</source>
        <translation>%1 columnas, unas %2 filas, encabezado en la fila %3.</translation>
    </message>
    <message>
        <source>Recognised: %1.</source>
        <translation>Reconocido: %1.</translation>
    </message>
</context>
<context>
    <name>FlowCommands</name>
    <message>
        <source>Add step</source>
        <translation>Añadir paso</translation>
    </message>
    <message>
        <source>Remove connection</source>
        <translation>Quitar conexión</translation>
    </message>
    <message>
        <source>Delete step</source>
        <translation>Eliminar paso</translation>
    </message>
    <message>
        <source>Connect steps</source>
        <translation>Conectar pasos</translation>
    </message>
    <message>
        <source>Move step</source>
        <translation>Mover paso</translation>
    </message>
    <message>
        <source>Change step settings</source>
        <translation>Cambiar ajustes del paso</translation>
    </message>
    <message>
        <source>Rename step</source>
        <translation>Renombrar paso</translation>
    </message>
</context>
<context>
    <name>FlowDocument</name>
    <message numerus="yes">
        <source>Delete %n step(s)</source>
        <translation>
            <numerusform>Eliminar %n paso</numerusform>
            <numerusform>Eliminar %n pasos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n step(s)</source>
        <translation>
            <numerusform>Mover %n paso</numerusform>
            <numerusform>Mover %n pasos</numerusform>
        </translation>
    </message>
    <message>
        <source>Arrange automatically</source>
        <translation>Ordenar automáticamente</translation>
    </message>
</context>
<context>
    <name>FlowEditorWidget</name>
    <message>
        <source>Opened</source>
        <translation>Al abrir</translation>
    </message>
    <message>
        <source>Undo history</source>
        <translation>Historial de cambios</translation>
    </message>
    <message>
        <source>Editor messages</source>
        <translation>Mensajes del editor</translation>
    </message>
    <message>
        <source>Save state</source>
        <translation>Estado de guardado</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Save as copy…</source>
        <translation>Guardar una copia…</translation>
    </message>
    <message>
        <source>Export image or PDF…</source>
        <translation>Exportar imagen o PDF…</translation>
    </message>
    <message>
        <source>Save the diagram as PNG, SVG or PDF to share or print</source>
        <translation>Guarda el diagrama como PNG, SVG o PDF para compartirlo o imprimirlo</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <source>Test with a contact</source>
        <translation>Probar con un contacto</translation>
    </message>
    <message>
        <source>Pick a contact and see which steps they would go through, and when</source>
        <translation>Elige un contacto y mira por qué pasos iría, y cuándo</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Show or hide the list of changes</source>
        <translation>Muestra u oculta la lista de cambios</translation>
    </message>
    <message>
        <source>Snap to grid</source>
        <translation>Ajustar a la cuadrícula</translation>
    </message>
    <message>
        <source>Editor tools</source>
        <translation>Herramientas del editor</translation>
    </message>
    <message>
        <source>Arrange</source>
        <translation>Ordenar</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>Cuadrícula</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>● Unsaved changes</source>
        <translation>● Cambios sin guardar</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Guardado</translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation>«%1» guardada.</translation>
    </message>
    <message>
        <source>Diagram saved to %1</source>
        <translation>Diagrama guardado en %1</translation>
    </message>
    <message>
        <source>Export the diagram</source>
        <translation>Exportar el diagrama</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation>Imagen PNG (*.png);;Dibujo SVG (*.svg);;Documento PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>No se ha podido poner en marcha la impresora.</translation>
    </message>
</context>
<context>
    <name>FlowEditorWindow</name>
    <message>
        <source>%1[*] — Automation editor</source>
        <translation>%1[*] — Editor de automatizaciones</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>No se ha guardado</translation>
    </message>
</context>
<context>
    <name>FlowErrorTexts</name>
    <message numerus="yes">
        <source>This automation is active, so it can only be saved without problems. Fix the %n problem(s) first: each step marked with a red “!” says what is wrong.</source>
        <translation>
            <numerusform>Esta automatización está activa, así que solo se puede guardar sin problemas. Corrige antes el problema: el paso marcado con una «!» roja te dice qué falla.</numerusform>
            <numerusform>Esta automatización está activa, así que solo se puede guardar sin problemas. Corrige antes los %n problemas: cada paso marcado con una «!» roja te dice qué falla.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This automation has %n problem(s) and cannot be activated yet. Open it in the editor: each step marked with a red “!” says what to fix.</source>
        <translation>
            <numerusform>Esta automatización tiene un problema y todavía no se puede activar. Ábrela en el editor: el paso marcado con una «!» roja te dice qué corregir.</numerusform>
            <numerusform>Esta automatización tiene %n problemas y todavía no se puede activar. Ábrela en el editor: cada paso marcado con una «!» roja te dice qué corregir.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FlowResultsModel</name>
    <message>
        <source>Automation</source>
        <translation>Automatización</translation>
    </message>
    <message>
        <source>Revenue won</source>
        <translation>Ingresos ganados</translation>
    </message>
    <message>
        <source>Did it cause it?</source>
        <translation>¿Lo causó?</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Pedidos</translation>
    </message>
    <message>
        <source>Bought</source>
        <translation>Compraron</translation>
    </message>
    <message>
        <source>Conversion (%)</source>
        <translation>Conversión (%)</translation>
    </message>
    <message>
        <source>Entered</source>
        <translation>Entraron</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviados</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallidos</translation>
    </message>
    <message>
        <source>Held back</source>
        <translation>Retenidos</translation>
    </message>
    <message>
        <source>Carts recovered</source>
        <translation>Carritos recuperados</translation>
    </message>
</context>
<context>
    <name>FlowSaver</name>
    <message>
        <source>Save a copy</source>
        <translation>Guardar una copia</translation>
    </message>
    <message>
        <source>Name of the copy:</source>
        <translation>Nombre de la copia:</translation>
    </message>
    <message>
        <source>Copy of %1</source>
        <translation>Copia de %1</translation>
    </message>
    <message>
        <source>Unsaved changes found</source>
        <translation>Hay cambios sin guardar</translation>
    </message>
    <message>
        <source>This automation has changes from %1 that were never saved (shopnurture closed unexpectedly). Continue from them?</source>
        <translation>Esta automatización tiene cambios del %1 que no llegaron a guardarse (shopnurture se cerró de forma inesperada). ¿Quieres seguir desde ellos?</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>Save the changes to “%1” before closing?</source>
        <translation>¿Guardar los cambios de «%1» antes de cerrar?</translation>
    </message>
</context>
<context>
    <name>FlowView</name>
    <message>
        <source>Flow diagram</source>
        <translation>Diagrama del flujo</translation>
    </message>
</context>
<context>
    <name>FlowsPage</name>
    <message>
        <source>Active</source>
        <translation>Activa</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <source>Empty automation</source>
        <translation>Automatización vacía</translation>
    </message>
    <message>
        <source>New automation</source>
        <translation>Nueva automatización</translation>
    </message>
    <message>
        <source>Start from:</source>
        <translation>Empezar desde:</translation>
    </message>
    <message>
        <source>Activate automation</source>
        <translation>Activar automatización</translation>
    </message>
    <message>
        <source>From now on, contacts who match its trigger will enter it. Activate?</source>
        <translation>A partir de ahora, los contactos que cumplan su disparador entrarán en ella. ¿Activarla?</translation>
    </message>
    <message>
        <source>Automations</source>
        <translation>Automatizaciones</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Plantilla</translation>
    </message>
    <message>
        <source>In it now</source>
        <translation>Dentro ahora</translation>
    </message>
    <message>
        <source>Entered</source>
        <translation>Han entrado</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Mensajes</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>Nueva…</translation>
    </message>
    <message>
        <source>Open in editor</source>
        <translation>Abrir en el editor</translation>
    </message>
    <message>
        <source>Activate</source>
        <translation>Activar</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>No automations yet. Press New… and start from a ready-made one, such as abandoned-cart reminders.</source>
        <translation>Aún no hay automatizaciones. Pulsa Nueva… y empieza desde una ya preparada, como los recordatorios de carrito abandonado.</translation>
    </message>
    <message>
        <source>Automation activated</source>
        <translation>Automatización activada</translation>
    </message>
    <message>
        <source>Automation paused; waiting contacts stay where they are</source>
        <translation>Automatización en pausa; los contactos que esperan se quedan donde están</translation>
    </message>
    <message>
        <source>Delete automation</source>
        <translation>Eliminar automatización</translation>
    </message>
    <message>
        <source>Delete “%1” and its history? This cannot be undone.</source>
        <translation>¿Eliminar «%1» y su historial? No se puede deshacer.</translation>
    </message>
    <message>
        <source>Automation deleted</source>
        <translation>Automatización eliminada</translation>
    </message>
</context>
<context>
    <name>GroupBox</name>
    <message>
        <source>Match</source>
        <translation>Coincidencia</translation>
    </message>
    <message>
        <source>All of these rules</source>
        <translation>Todas estas reglas</translation>
    </message>
    <message>
        <source>Any of these rules</source>
        <translation>Alguna de estas reglas</translation>
    </message>
    <message>
        <source>Add rule</source>
        <translation>Añadir regla</translation>
    </message>
    <message>
        <source>Add group</source>
        <translation>Añadir grupo</translation>
    </message>
    <message>
        <source>Remove group</source>
        <translation>Quitar grupo</translation>
    </message>
</context>
<context>
    <name>ImportFields</name>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Customer id in the shop</source>
        <translation>Id. de cliente en la tienda</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Last names</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nombre completo</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Cumpleaños</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Accepts marketing email</source>
        <translation>Acepta publicidad por correo</translation>
    </message>
    <message>
        <source>Accepts marketing SMS</source>
        <translation>Acepta publicidad por SMS</translation>
    </message>
    <message>
        <source>What they did</source>
        <translation>Qué hizo</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Fecha y hora</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>Número de pedido</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Valoración</translation>
    </message>
    <message>
        <source>Seconds on the page</source>
        <translation>Segundos en la página</translation>
    </message>
    <message>
        <source>Source or campaign</source>
        <translation>Origen o campaña</translation>
    </message>
    <message>
        <source>Order status</source>
        <translation>Estado del pedido</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Precio</translation>
    </message>
    <message>
        <source>Product name</source>
        <translation>Nombre del producto</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Stock</translation>
    </message>
    <message>
        <source>Kind (soft, durable, consumable)</source>
        <translation>Tipo (moda, duradero, consumible)</translation>
    </message>
    <message>
        <source>Units per pack</source>
        <translation>Unidades por paquete</translation>
    </message>
    <message>
        <source>Units used per day</source>
        <translation>Unidades que se usan al día</translation>
    </message>
    <message>
        <source>Shipping days</source>
        <translation>Días de envío</translation>
    </message>
    <message>
        <source>Better version (SKU)</source>
        <translation>Versión superior (SKU)</translation>
    </message>
    <message>
        <source>Related products (SKUs)</source>
        <translation>Productos relacionados (SKU)</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <source>Activity (views, carts, reviews…)</source>
        <translation>Actividad (visitas, carritos, reseñas…)</translation>
    </message>
    <message>
        <source>Orders (one row per product line)</source>
        <translation>Pedidos (una fila por línea de producto)</translation>
    </message>
    <message>
        <source>Products and stock</source>
        <translation>Productos y stock</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import from a spreadsheet</source>
        <translation>Importar desde una hoja de cálculo</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Viewed a product</source>
        <translation>Vio un producto</translation>
    </message>
    <message>
        <source>Viewed a category</source>
        <translation>Vio una categoría</translation>
    </message>
    <message>
        <source>Added to cart</source>
        <translation>Añadió al carrito</translation>
    </message>
    <message>
        <source>Started checkout</source>
        <translation>Empezó a pagar</translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation>Compró</translation>
    </message>
    <message>
        <source>Wrote a review</source>
        <translation>Escribió una reseña</translation>
    </message>
    <message>
        <source>Asked a question</source>
        <translation>Hizo una consulta</translation>
    </message>
    <message>
        <source>Signed up</source>
        <translation>Se registró</translation>
    </message>
    <message>
        <source>Referred a friend</source>
        <translation>Recomendó a un amigo</translation>
    </message>
    <message>
        <source>I · Awareness</source>
        <translation>I · Descubrimiento</translation>
    </message>
    <message>
        <source>II · Consideration</source>
        <translation>II · Consideración</translation>
    </message>
    <message>
        <source>III · Customer</source>
        <translation>III · Cliente</translation>
    </message>
    <message>
        <source>Not asked</source>
        <translation>Sin preguntar</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>Opted out</source>
        <translation>Se dio de baja</translation>
    </message>
    <message>
        <source>Soft goods</source>
        <translation>Moda y cuidado personal</translation>
    </message>
    <message>
        <source>Durable goods</source>
        <translation>Bienes duraderos</translation>
    </message>
    <message>
        <source>Consumable</source>
        <translation>Consumible</translation>
    </message>
</context>
<context>
    <name>LiveInfo</name>
    <message>
        <source>%1 waiting</source>
        <translation>%1 esperando</translation>
    </message>
    <message>
        <source>%1 passed</source>
        <translation>%1 pasaron</translation>
    </message>
    <message>
        <source>%1 sent</source>
        <translation>%1 enviados</translation>
    </message>
    <message>
        <source>%1 bought</source>
        <translation>%1 compraron</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Automations</source>
        <translation>Automatizaciones</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Bandeja de salida</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Productos</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>Tienda</translation>
    </message>
    <message>
        <source>Email account</source>
        <translation>Cuenta de correo</translation>
    </message>
    <message>
        <source>SMS account</source>
        <translation>Cuenta de SMS</translation>
    </message>
    <message>
        <source>Lead score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Secciones</translation>
    </message>
    <message>
        <source>Demo shop</source>
        <translation>Tienda de demostración</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;New empty shop…</source>
        <translation>&amp;Nueva tienda vacía…</translation>
    </message>
    <message>
        <source>&amp;Open shop…</source>
        <translation>&amp;Abrir tienda…</translation>
    </message>
    <message>
        <source>Open the &amp;demo shop</source>
        <translation>Abrir la tienda de &amp;demostración</translation>
    </message>
    <message>
        <source>&amp;Import from a spreadsheet…</source>
        <translation>&amp;Importar desde una hoja de cálculo…</translation>
    </message>
    <message>
        <source>&amp;Export to Excel</source>
        <translation>E&amp;xportar a Excel</translation>
    </message>
    <message>
        <source>Contacts (as filtered)…</source>
        <translation>Contactos (con el filtro actual)…</translation>
    </message>
    <message>
        <source>Activity…</source>
        <translation>Actividad…</translation>
    </message>
    <message>
        <source>Outbox…</source>
        <translation>Bandeja de salida…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Sending</source>
        <translation>&amp;Envío</translation>
    </message>
    <message>
        <source>&amp;Pause sending</source>
        <translation>&amp;Pausar el envío</translation>
    </message>
    <message>
        <source>&amp;Send due messages now</source>
        <translation>Enviar &amp;ahora los mensajes pendientes</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;About shopnurture</source>
        <translation>&amp;Acerca de shopnurture</translation>
    </message>
    <message>
        <source>Settings saved</source>
        <translation>Ajustes guardados</translation>
    </message>
    <message>
        <source>Create a new empty shop</source>
        <translation>Crear una tienda nueva vacía</translation>
    </message>
    <message>
        <source>new-shop.sqlite</source>
        <translation>tienda-nueva.sqlite</translation>
    </message>
    <message>
        <source>Shop database (*.sqlite)</source>
        <translation>Base de datos de tienda (*.sqlite)</translation>
    </message>
    <message>
        <source>Open a shop</source>
        <translation>Abrir una tienda</translation>
    </message>
    <message>
        <source>Shop database (*.sqlite);;All files (*)</source>
        <translation>Base de datos de tienda (*.sqlite);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>About shopnurture</source>
        <translation>Acerca de shopnurture</translation>
    </message>
    <message>
        <source>shopnurture %1
Nurture every customer of your shop automatically, from your own computer.</source>
        <translation>shopnurture %1
Cuida a cada cliente de tu tienda de forma automática, desde tu propio ordenador.</translation>
    </message>
</context>
<context>
    <name>MessageEditor</name>
    <message>
        <source>Start from a ready-made message</source>
        <translation>Empezar con un mensaje ya escrito</translation>
    </message>
    <message>
        <source>Start from a ready-made message…</source>
        <translation>Empezar con un mensaje ya escrito…</translation>
    </message>
    <message>
        <source>Language of the text</source>
        <translation>Idioma del texto</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Insert a field</source>
        <translation>Insertar un dato</translation>
    </message>
    <message>
        <source>SMS length</source>
        <translation>Longitud del SMS</translation>
    </message>
    <message>
        <source>With sample values: %1</source>
        <translation>Con valores de ejemplo: %1</translation>
    </message>
</context>
<context>
    <name>MessagePreviewPane</name>
    <message>
        <source>Search by name, email or phone</source>
        <translation>Busca por nombre, correo o teléfono</translation>
    </message>
    <message>
        <source>Search contacts</source>
        <translation>Buscar contactos</translation>
    </message>
    <message>
        <source>Contact for the preview</source>
        <translation>Contacto para la vista previa</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Preview for</source>
        <translation>Vista previa para</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <source>Message as the contact sees it</source>
        <translation>El mensaje tal como lo verá el contacto</translation>
    </message>
    <message>
        <source>Plain text</source>
        <translation>Texto sin formato</translation>
    </message>
    <message>
        <source>As sent</source>
        <translation>Como se envía</translation>
    </message>
    <message>
        <source>SMS length for this contact</source>
        <translation>Longitud del SMS para este contacto</translation>
    </message>
    <message>
        <source>Sample values (no contact)</source>
        <translation>Valores de ejemplo (sin contacto)</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Asunto: %1</translation>
    </message>
</context>
<context>
    <name>Minimap</name>
    <message>
        <source>Overview of the whole flow</source>
        <translation>Vista general de todo el flujo</translation>
    </message>
    <message>
        <source>Overview: click or drag to move around the flow</source>
        <translation>Vista general: haz clic o arrastra para moverte por el flujo</translation>
    </message>
</context>
<context>
    <name>NodePalette</name>
    <message>
        <source>Steps you can add</source>
        <translation>Pasos que puedes añadir</translation>
    </message>
    <message>
        <source>Drag a step onto the diagram, or select it and press Enter.</source>
        <translation>Arrastra un paso al diagrama, o selecciónalo y pulsa Intro.</translation>
    </message>
    <message>
        <source>Triggers</source>
        <translation>Disparadores</translation>
    </message>
    <message>
        <source>Waits &amp; conditions</source>
        <translation>Esperas y condiciones</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Acciones</translation>
    </message>
    <message>
        <source>Drag onto the diagram, or press Enter to add</source>
        <translation>Arrástralo al diagrama o pulsa Intro para añadirlo</translation>
    </message>
</context>
<context>
    <name>NodePropertiesPanel</name>
    <message>
        <source>Step properties</source>
        <translation>Propiedades del paso</translation>
    </message>
    <message>
        <source>Select a step on the canvas to see and change its settings.</source>
        <translation>Selecciona un paso en el lienzo para ver y cambiar sus ajustes.</translation>
    </message>
    <message>
        <source>Name on the canvas</source>
        <translation>Nombre en el lienzo</translation>
    </message>
    <message>
        <source>No step selected</source>
        <translation>Ningún paso seleccionado</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
</context>
<context>
    <name>NodeResultsModel</name>
    <message>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Llegaron</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviados</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallidos</translation>
    </message>
    <message>
        <source>Held back</source>
        <translation>Retenidos</translation>
    </message>
    <message>
        <source>Bought</source>
        <translation>Compraron</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Pedidos</translation>
    </message>
    <message>
        <source>Revenue won</source>
        <translation>Ingresos ganados</translation>
    </message>
</context>
<context>
    <name>OutboxPage</name>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Cualquier estado</translation>
    </message>
    <message>
        <source>Automation</source>
        <translation>Automatización</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Últimos 30 días</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Desde siempre</translation>
    </message>
    <message>
        <source>Contact name, email or phone…</source>
        <translation>Nombre, correo o teléfono del contacto…</translation>
    </message>
    <message>
        <source>Search messages</source>
        <translation>Buscar mensajes</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Mensajes</translation>
    </message>
    <message>
        <source>Message content</source>
        <translation>Contenido del mensaje</translation>
    </message>
    <message>
        <source>Send again</source>
        <translation>Volver a enviar</translation>
    </message>
    <message>
        <source>Don&apos;t send</source>
        <translation>No enviar</translation>
    </message>
    <message>
        <source>It arrived</source>
        <translation>Sí llegó</translation>
    </message>
    <message>
        <source>For a message interrupted while sending: mark it as sent.</source>
        <translation>Para un mensaje interrumpido mientras se enviaba: márcalo como enviado.</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Queued again</source>
        <translation>En cola de nuevo</translation>
    </message>
    <message>
        <source>Will not be sent</source>
        <translation>No se enviará</translation>
    </message>
    <message>
        <source>Marked as sent</source>
        <translation>Marcado como enviado</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Any automation</source>
        <translation>Cualquier automatización</translation>
    </message>
    <message>
        <source>To: %1</source>
        <translation>Para: %1</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Asunto: %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Estado: %1</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>Motivo: %1</translation>
    </message>
    <message>
        <source>Sent: %1</source>
        <translation>Enviado: %1</translation>
    </message>
    <message>
        <source>Next try: %1</source>
        <translation>Próximo intento: %1</translation>
    </message>
    <message>
        <source>Attempts: %1</source>
        <translation>Intentos: %1</translation>
    </message>
</context>
<context>
    <name>OutboxTableModel</name>
    <message>
        <source>Prepared</source>
        <translation>Preparado</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Automation</source>
        <translation>Automatización</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En espera</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Enviando</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallido</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>No enviado</translation>
    </message>
    <message>
        <source>Check: interrupted</source>
        <translation>Revisar: interrumpido</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo</translation>
    </message>
</context>
<context>
    <name>ParamEditors</name>
    <message>
        <source>days</source>
        <translation>días</translation>
    </message>
    <message>
        <source>points</source>
        <translation>puntos</translation>
    </message>
    <message>
        <source>times</source>
        <translation>veces</translation>
    </message>
    <message>
        <source>orders</source>
        <translation>pedidos</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
</context>
<context>
    <name>ParamLabels</name>
    <message>
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <source>At least this many times</source>
        <translation>Al menos estas veces</translation>
    </message>
    <message>
        <source>Within</source>
        <translation>En un plazo de</translation>
    </message>
    <message>
        <source>Always the same product</source>
        <translation>Siempre el mismo producto</translation>
    </message>
    <message>
        <source>Abandoned after</source>
        <translation>Abandonado tras</translation>
    </message>
    <message>
        <source>Minimum value</source>
        <translation>Importe mínimo</translation>
    </message>
    <message>
        <source>From this order on</source>
        <translation>A partir de este pedido</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Days before</source>
        <translation>Días antes</translation>
    </message>
    <message>
        <source>At</source>
        <translation>A las</translation>
    </message>
    <message>
        <source>Without</source>
        <translation>Sin</translation>
    </message>
    <message>
        <source>For (days)</source>
        <translation>Durante (días)</translation>
    </message>
    <message>
        <source>Days before it runs out</source>
        <translation>Días antes de que se acabe</translation>
    </message>
    <message>
        <source>Allow for shipping days</source>
        <translation>Tener en cuenta los días de envío</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>Minimum score</source>
        <translation>Puntuación mínima</translation>
    </message>
    <message>
        <source>Saved segment</source>
        <translation>Segmento guardado</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>Se repite</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <source>Day of the month</source>
        <translation>Día del mes</translation>
    </message>
    <message>
        <source>Day of the week</source>
        <translation>Día de la semana</translation>
    </message>
    <message>
        <source>Who gets it</source>
        <translation>Quién lo recibe</translation>
    </message>
    <message>
        <source>Wait for</source>
        <translation>Esperar</translation>
    </message>
    <message>
        <source>Instead, by product type (days)</source>
        <translation>O bien, según el tipo de producto (días)</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Los días</translation>
    </message>
    <message>
        <source>Days after (negative: before)</source>
        <translation>Días después (negativo: antes)</translation>
    </message>
    <message>
        <source>Give up after</source>
        <translation>Dejar de esperar tras</translation>
    </message>
    <message>
        <source>Passes when</source>
        <translation>Se cumple cuando</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Condiciones</translation>
    </message>
    <message>
        <source>Branches</source>
        <translation>Ramas</translation>
    </message>
    <message>
        <source>Held out (%)</source>
        <translation>Grupo de control (%)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Message name</source>
        <translation>Nombre del mensaje</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Puntos</translation>
    </message>
    <message>
        <source>Codes</source>
        <translation>Códigos</translation>
    </message>
    <message>
        <source>Code list</source>
        <translation>Lista de códigos</translation>
    </message>
    <message>
        <source>Code pattern</source>
        <translation>Patrón del código</translation>
    </message>
    <message>
        <source>Valid for (days)</source>
        <translation>Válido durante (días)</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Cumpleaños</translation>
    </message>
    <message>
        <source>Signup anniversary</source>
        <translation>Aniversario del alta</translation>
    </message>
    <message>
        <source>Coupon expiry</source>
        <translation>Caducidad del cupón</translation>
    </message>
    <message>
        <source>Buying</source>
        <translation>Comprar</translation>
    </message>
    <message>
        <source>Any activity</source>
        <translation>Ninguna actividad</translation>
    </message>
    <message>
        <source>Every year</source>
        <translation>Cada año</translation>
    </message>
    <message>
        <source>Every month</source>
        <translation>Cada mes</translation>
    </message>
    <message>
        <source>Every week</source>
        <translation>Cada semana</translation>
    </message>
    <message>
        <source>Made up from a pattern</source>
        <translation>Generados con un patrón</translation>
    </message>
    <message>
        <source>Taken from an imported list</source>
        <translation>Sacados de una lista importada</translation>
    </message>
    <message>
        <source>All conditions hold</source>
        <translation>Se cumplen todas las condiciones</translation>
    </message>
    <message>
        <source>Any condition holds</source>
        <translation>Se cumple alguna condición</translation>
    </message>
    <message>
        <source>Any phase</source>
        <translation>Cualquier fase</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zona horaria</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Email consent</source>
        <translation>Permiso de correo</translation>
    </message>
    <message>
        <source>SMS consent</source>
        <translation>Permiso de SMS</translation>
    </message>
    <message>
        <source>Lead score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>Bought since entering</source>
        <translation>Ha comprado desde que entró</translation>
    </message>
    <message>
        <source>Activity count</source>
        <translation>Veces que hizo algo</translation>
    </message>
    <message>
        <source>Cart or order value (cents)</source>
        <translation>Importe del carrito o pedido (céntimos)</translation>
    </message>
    <message>
        <source>Customer type</source>
        <translation>Tipo de cliente</translation>
    </message>
    <message>
        <source>Products in stock</source>
        <translation>Productos con existencias</translation>
    </message>
    <message>
        <source>A better version exists</source>
        <translation>Hay una versión mejor</translation>
    </message>
    <message>
        <source>Has related products</source>
        <translation>Tiene productos relacionados</translation>
    </message>
    <message>
        <source>Rating given</source>
        <translation>Valoración que dio</translation>
    </message>
    <message>
        <source>is</source>
        <translation>es</translation>
    </message>
    <message>
        <source>is not</source>
        <translation>no es</translation>
    </message>
    <message>
        <source>is one of</source>
        <translation>es uno de</translation>
    </message>
    <message>
        <source>is none of</source>
        <translation>no es ninguno de</translation>
    </message>
    <message>
        <source>is filled in</source>
        <translation>está relleno</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>está vacío</translation>
    </message>
    <message>
        <source>contains</source>
        <translation>contiene</translation>
    </message>
    <message>
        <source>includes</source>
        <translation>incluye</translation>
    </message>
    <message>
        <source>does not include</source>
        <translation>no incluye</translation>
    </message>
    <message>
        <source>at least</source>
        <translation>al menos</translation>
    </message>
    <message>
        <source>more than</source>
        <translation>más de</translation>
    </message>
    <message>
        <source>at most</source>
        <translation>como mucho</translation>
    </message>
    <message>
        <source>less than</source>
        <translation>menos de</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>lunes</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>martes</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>miércoles</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>jueves</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>viernes</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>sábado</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>domingo</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>L</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>M</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>X</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>J</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>V</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>S</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>D</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>minutos</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>horas</translation>
    </message>
    <message>
        <source>days</source>
        <translation>días</translation>
    </message>
</context>
<context>
    <name>PeriodPicker</name>
    <message>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Este mes</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>El mes pasado</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Últimos 30 días</translation>
    </message>
    <message>
        <source>Custom dates</source>
        <translation>Otras fechas</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <source>Not available yet in this version</source>
        <translation>Aún no disponible en esta versión</translation>
    </message>
</context>
<context>
    <name>PrivacyActions</name>
    <message>
        <source>Save everything about this contact</source>
        <translation>Guardar todo lo que sabemos de este contacto</translation>
    </message>
    <message>
        <source>contact-data.json</source>
        <translation>datos-del-contacto.json</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Guardado en %1</translation>
    </message>
    <message>
        <source>Forget this contact</source>
        <translation>Olvidar este contacto</translation>
    </message>
    <message>
        <source>Erase %1 and everything about them (activity, messages, consent) for good? This cannot be undone. They will never get marketing again, even if their address comes back in an import.</source>
        <translation>¿Borrar para siempre a %1 y todo lo que sabemos de esa persona (actividad, mensajes, consentimientos)? No se puede deshacer. No volverá a recibir publicidad, aunque su dirección vuelva a aparecer en una importación.</translation>
    </message>
    <message>
        <source>The contact was erased.</source>
        <translation>El contacto se ha borrado.</translation>
    </message>
    <message>
        <source>It could not be done</source>
        <translation>No se ha podido hacer</translation>
    </message>
</context>
<context>
    <name>ProductsPage</name>
    <message>
        <source>Search by name or SKU…</source>
        <translation>Buscar por nombre o SKU…</translation>
    </message>
    <message>
        <source>Search products</source>
        <translation>Buscar productos</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Productos</translation>
    </message>
    <message>
        <source>Stock is checked before a cart reminder is sent. Double-click a stock cell to change it.</source>
        <translation>El stock se comprueba antes de enviar un recordatorio de carrito. Haz doble clic en una celda de stock para cambiarlo.</translation>
    </message>
</context>
<context>
    <name>ProductsTableModel</name>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Precio</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Stock</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Double-click to change the stock</source>
        <translation>Doble clic para cambiar el stock</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
</context>
<context>
    <name>RecommendationsBox</name>
    <message>
        <source>Recommended for them</source>
        <translation>Recomendado para este contacto</translation>
    </message>
    <message>
        <source>Looking…</source>
        <translation>Buscando…</translation>
    </message>
    <message>
        <source>Nothing to suggest yet: no products in stock to match.</source>
        <translation>Aún no hay nada que sugerir: ningún producto en stock encaja.</translation>
    </message>
    <message>
        <source>%1 customers who bought %2 also bought it</source>
        <translation>%1 clientes que compraron %2 también lo compraron</translation>
    </message>
    <message>
        <source>a best seller</source>
        <translation>uno de los más vendidos</translation>
    </message>
    <message>
        <source>viewed it lately</source>
        <translation>lo ha visto hace poco</translation>
    </message>
</context>
<context>
    <name>Results</name>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>No control group</source>
        <translation>Sin grupo de control</translation>
    </message>
    <message>
        <source>Not enough data yet</source>
        <translation>Aún no hay datos suficientes</translation>
    </message>
    <message>
        <source>Yes: %1 pts</source>
        <translation>Sí: %1 puntos</translation>
    </message>
    <message>
        <source>No: %1 pts</source>
        <translation>No: %1 puntos</translation>
    </message>
    <message>
        <source>Messaged: %1 of %2 bought (%3). Control group: %4 of %5 bought (%6). Orders within %7 days of the split.</source>
        <translation>Con mensaje: compraron %1 de %2 (%3). Grupo de control: compraron %4 de %5 (%6). Pedidos en los %7 días siguientes al reparto.</translation>
    </message>
    <message>
        <source>Difference: %1 points (95 % interval %2 to %3, Newcombe).</source>
        <translation>Diferencia: %1 puntos (intervalo del 95 %: %2 a %3, Newcombe).</translation>
    </message>
    <message>
        <source>Add a holdout node to this automation to learn whether it causes sales.</source>
        <translation>Añade un paso de grupo de control a esta automatización para saber si de verdad provoca ventas.</translation>
    </message>
</context>
<context>
    <name>ResultsCharts</name>
    <message>
        <source>Other automations</source>
        <translation>Otras automatizaciones</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>All contacts</source>
        <translation>Todos los contactos</translation>
    </message>
    <message>
        <source>Active in the period</source>
        <translation>Activos en el periodo</translation>
    </message>
    <message>
        <source>Carts recovered (%)</source>
        <translation>Carritos recuperados (%)</translation>
    </message>
    <message>
        <source>Reference: 20 % won back</source>
        <translation>Referencia: 20 % recuperado</translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Revenue won per automation</source>
        <translation>Ingresos ganados por automatización</translation>
    </message>
    <message>
        <source>Messages sent</source>
        <translation>Mensajes enviados</translation>
    </message>
    <message>
        <source>Contacts by phase</source>
        <translation>Contactos por fase</translation>
    </message>
    <message>
        <source>Abandoned carts won back, per week</source>
        <translation>Carritos abandonados recuperados, por semana</translation>
    </message>
    <message>
        <source>Results per automation</source>
        <translation>Resultados por automatización</translation>
    </message>
    <message>
        <source>Results per step</source>
        <translation>Resultados por paso</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>Exportar a Excel…</translation>
    </message>
    <message>
        <source>Per automation</source>
        <translation>Por automatización</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Calculando…</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; won by automations&lt;br&gt;of %2 sold in the period (%3 orders)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; ganados con las automatizaciones&lt;br&gt;de %2 vendidos en el periodo (%3 pedidos)</translation>
    </message>
    <message>
        <source>Each order counts once, for the last message sent before it (window: %1 d after an email, %2 d after an SMS). “Did it cause it?” compares with the contacts a holdout step left out.</source>
        <translation>Cada pedido cuenta una sola vez, para el último mensaje enviado antes (plazo: %1 d tras un correo, %2 d tras un SMS). «¿Lo causó?» compara con los contactos que un paso de grupo de control dejó fuera.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; carts recovered of %2 reminded&lt;br&gt;(%3; the reference is %4)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; carritos recuperados de %2 recordados&lt;br&gt;(%3; la referencia es %4)</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; messages sent&lt;br&gt;%2 emails · %3 SMS</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; mensajes enviados&lt;br&gt;%2 correos · %3 SMS</translation>
    </message>
    <message>
        <source>&lt;b&gt;Proven&lt;/b&gt;: %1 sells more than its control group</source>
        <translation>&lt;b&gt;Demostrado&lt;/b&gt;: %1 vende más que su grupo de control</translation>
    </message>
    <message>
        <source>&lt;b&gt;Not enough data yet&lt;/b&gt; to prove %1 causes sales</source>
        <translation>&lt;b&gt;Aún no hay datos suficientes&lt;/b&gt; para demostrar que %1 provoca ventas</translation>
    </message>
    <message>
        <source>&lt;b&gt;Cause unknown&lt;/b&gt;: add a holdout step to an automation to measure it</source>
        <translation>&lt;b&gt;Causa desconocida&lt;/b&gt;: añade un paso de grupo de control a una automatización para medirlo</translation>
    </message>
    <message>
        <source>Steps of “%1”</source>
        <translation>Pasos de «%1»</translation>
    </message>
    <message>
        <source>Steps (choose an automation above)</source>
        <translation>Pasos (elige una automatización arriba)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Guardado en %1</translation>
    </message>
    <message>
        <source>Export to Excel</source>
        <translation>Exportar a Excel</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Libro de Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>results</source>
        <translation>resultados</translation>
    </message>
    <message>
        <source>Automations</source>
        <translation>Automatizaciones</translation>
    </message>
    <message>
        <source>steps</source>
        <translation>pasos</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Pasos</translation>
    </message>
</context>
<context>
    <name>RuleRow</name>
    <message>
        <source>Field</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Comparación</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Kind of activity</source>
        <translation>Tipo de actividad</translation>
    </message>
    <message>
        <source>Any activity</source>
        <translation>Cualquier actividad</translation>
    </message>
    <message>
        <source>days</source>
        <translation>días</translation>
    </message>
    <message>
        <source>In the last so many days (empty: since entering the flow)</source>
        <translation>En los últimos tantos días (vacío: desde que entró en el flujo)</translation>
    </message>
    <message>
        <source>In the last days</source>
        <translation>En los últimos días</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove this condition</source>
        <translation>Quitar esta condición</translation>
    </message>
    <message>
        <source>Has not bought yet</source>
        <translation>Aún no ha comprado</translation>
    </message>
    <message>
        <source>Bought once</source>
        <translation>Ha comprado una vez</translation>
    </message>
    <message>
        <source>Bought more than once</source>
        <translation>Ha comprado más de una vez</translation>
    </message>
    <message>
        <source>value (several: separate with commas)</source>
        <translation>valor (varios: sepáralos con comas)</translation>
    </message>
    <message>
        <source>ever</source>
        <translation>siempre</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>Count only the last so many days (ever: no limit)</source>
        <translation>Cuenta solo los últimos tantos días (siempre: sin límite)</translation>
    </message>
    <message>
        <source>Remove this rule</source>
        <translation>Quitar esta regla</translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <source>What would change</source>
        <translation>Qué cambiaría</translation>
    </message>
    <message>
        <source>Nothing has been imported yet.</source>
        <translation>Todavía no se ha importado nada.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Importando</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Rows that will be skipped</source>
        <translation>Filas que se omitirán</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Save the list of skipped rows…</source>
        <translation>Guardar la lista de filas omitidas…</translation>
    </message>
    <message>
        <source>Checking the rows…</source>
        <translation>Comprobando las filas…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importando…</translation>
    </message>
    <message>
        <source>%1 rows read: %2 new, %3 updated, %4 skipped because of a problem.</source>
        <translation>%1 filas leídas: %2 nuevas, %3 actualizadas, %4 omitidas por algún problema.</translation>
    </message>
    <message>
        <source>Done. %1 rows read: %2 new, %3 updated, %4 skipped because of a problem.</source>
        <translation>Listo. %1 filas leídas: %2 nuevas, %3 actualizadas, %4 omitidas por algún problema.</translation>
    </message>
    <message>
        <source>Cancelled: nothing was imported.</source>
        <translation>Cancelado: no se ha importado nada.</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>No se ha importado nada.</translation>
    </message>
    <message>
        <source>Save the skipped rows</source>
        <translation>Guardar las filas omitidas</translation>
    </message>
    <message>
        <source>skipped-rows.xlsx</source>
        <translation>filas-omitidas.xlsx</translation>
    </message>
</context>
<context>
    <name>ScoreRulesEditor</name>
    <message>
        <source>Each activity adds points to a contact&apos;s lead score. Points fade with time: after the half-life they count half. Orders also add points for the money spent. Campaigns can then target contacts by score.</source>
        <translation>Cada actividad suma puntos a la puntuación del contacto. Los puntos pierden peso con el tiempo: pasada la vida media cuentan la mitad. Los pedidos suman además puntos por el dinero gastado. Así puedes dirigir campañas según la puntuación.</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>Half-life of points</source>
        <translation>Vida media de los puntos</translation>
    </message>
    <message>
        <source>spend gives no points</source>
        <translation>el gasto no da puntos</translation>
    </message>
    <message>
        <source>In cents: 1000 means one point per 10.00 spent</source>
        <translation>En céntimos: 1000 es un punto por cada 10,00 gastados</translation>
    </message>
    <message>
        <source>Cents spent per point</source>
        <translation>Céntimos gastados por punto</translation>
    </message>
    <message>
        <source>Save points table</source>
        <translation>Guardar tabla de puntos</translation>
    </message>
    <message>
        <source>Back to defaults</source>
        <translation>Volver a los valores iniciales</translation>
    </message>
    <message>
        <source>Saved. Updating every contact&apos;s score…</source>
        <translation>Guardado. Actualizando la puntuación de cada contacto…</translation>
    </message>
    <message numerus="yes">
        <source>Saved; %n score(s) changed.</source>
        <translation>
            <numerusform>Guardado; ha cambiado %n puntuación.</numerusform>
            <numerusform>Guardado; han cambiado %n puntuaciones.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SegmentBuilder</name>
    <message>
        <source>Matching contacts</source>
        <translation>Contactos que cumplen</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Contando…</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) match</source>
        <translation>
            <numerusform>%n contacto cumple</numerusform>
            <numerusform>%n contactos cumplen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SegmentEditor</name>
    <message>
        <source>None (use the phase, tag and score)</source>
        <translation>Ninguno (usar la fase, la etiqueta y la puntuación)</translation>
    </message>
    <message>
        <source>Segment %1</source>
        <translation>Segmento %1</translation>
    </message>
</context>
<context>
    <name>SegmentFilter</name>
    <message>
        <source>Show the contacts of a segment</source>
        <translation>Ver los contactos de un segmento</translation>
    </message>
    <message>
        <source>Segments…</source>
        <translation>Segmentos…</translation>
    </message>
    <message>
        <source>Build, save and count groups of contacts</source>
        <translation>Crea, guarda y cuenta grupos de contactos</translation>
    </message>
    <message>
        <source>All contacts</source>
        <translation>Todos los contactos</translation>
    </message>
    <message>
        <source>Finding the contacts of this segment…</source>
        <translation>Buscando los contactos de este segmento…</translation>
    </message>
</context>
<context>
    <name>SegmentLabels</name>
    <message>
        <source>First name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Accepts email</source>
        <translation>Acepta email</translation>
    </message>
    <message>
        <source>Accepts SMS</source>
        <translation>Acepta SMS</translation>
    </message>
    <message>
        <source>Lead score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>RFM group</source>
        <translation>Grupo RFM</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <source>Number of orders</source>
        <translation>Número de pedidos</translation>
    </message>
    <message>
        <source>Total spent</source>
        <translation>Total gastado</translation>
    </message>
    <message>
        <source>is</source>
        <translation>es</translation>
    </message>
    <message>
        <source>is not</source>
        <translation>no es</translation>
    </message>
    <message>
        <source>contains</source>
        <translation>contiene</translation>
    </message>
    <message>
        <source>is one of</source>
        <translation>es uno de</translation>
    </message>
    <message>
        <source>is none of</source>
        <translation>no es ninguno de</translation>
    </message>
    <message>
        <source>is filled in</source>
        <translation>está rellenado</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>está vacío</translation>
    </message>
    <message>
        <source>include</source>
        <translation>incluyen</translation>
    </message>
    <message>
        <source>do not include</source>
        <translation>no incluyen</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>at least</source>
        <translation>al menos</translation>
    </message>
    <message>
        <source>more than</source>
        <translation>más de</translation>
    </message>
    <message>
        <source>at most</source>
        <translation>como mucho</translation>
    </message>
    <message>
        <source>less than</source>
        <translation>menos de</translation>
    </message>
    <message>
        <source>did</source>
        <translation>hizo</translation>
    </message>
    <message>
        <source>did not</source>
        <translation>no hizo</translation>
    </message>
    <message>
        <source>Champions</source>
        <translation>Campeones</translation>
    </message>
    <message>
        <source>Loyal</source>
        <translation>Fieles</translation>
    </message>
    <message>
        <source>Potential</source>
        <translation>Prometedores</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>En riesgo</translation>
    </message>
    <message>
        <source>Hibernating</source>
        <translation>Dormidos</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Perdidos</translation>
    </message>
</context>
<context>
    <name>SegmentsDialog</name>
    <message>
        <source>Segments</source>
        <translation>Segmentos</translation>
    </message>
    <message>
        <source>Saved segments</source>
        <translation>Segmentos guardados</translation>
    </message>
    <message>
        <source>New segment</source>
        <translation>Nuevo segmento</translation>
    </message>
    <message>
        <source>Name, e.g. Customers at risk</source>
        <translation>Nombre, p. ej. Clientes en riesgo</translation>
    </message>
    <message>
        <source>Segment name</source>
        <translation>Nombre del segmento</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Save as new</source>
        <translation>Guardar como nuevo</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Show these contacts</source>
        <translation>Ver estos contactos</translation>
    </message>
    <message>
        <source>Delete segment</source>
        <translation>Eliminar segmento</translation>
    </message>
    <message>
        <source>Delete the segment %1? Its contacts stay.</source>
        <translation>¿Eliminar el segmento %1? Sus contactos se quedan.</translation>
    </message>
</context>
<context>
    <name>SendingController</name>
    <message>
        <source>Sending paused</source>
        <translation>Envío en pausa</translation>
    </message>
    <message>
        <source>Sending on</source>
        <translation>Envío activo</translation>
    </message>
    <message>
        <source>last run %1</source>
        <translation>última vez %1</translation>
    </message>
    <message numerus="yes">
        <source>%n sent</source>
        <translation>
            <numerusform>%n enviado</numerusform>
            <numerusform>%n enviados</numerusform>
        </translation>
    </message>
    <message>
        <source>problem: %1</source>
        <translation>problema: %1</translation>
    </message>
    <message>
        <source>Open shopnurture</source>
        <translation>Abrir shopnurture</translation>
    </message>
    <message>
        <source>Pause sending</source>
        <translation>Pausar el envío</translation>
    </message>
    <message>
        <source>Send due messages now</source>
        <translation>Enviar ahora los mensajes pendientes</translation>
    </message>
    <message>
        <source>shopnurture keeps sending your reminders from here. Use this icon to open it again or to pause sending.</source>
        <translation>shopnurture sigue enviando tus recordatorios desde aquí. Usa este icono para volver a abrirlo o para pausar el envío.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Shop name</source>
        <translation>Nombre de la tienda</translation>
    </message>
    <message>
        <source>Shown in your messages.</source>
        <translation>Aparece en tus mensajes.</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zona horaria</translation>
    </message>
    <message>
        <source>Used for contacts whose time zone is not known.</source>
        <translation>Se usa para los contactos cuya zona horaria no se conoce.</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Phone numbers without a prefix are read as numbers of this country.</source>
        <translation>Los teléfonos sin prefijo se leen como números de este país.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>The language of this app.</source>
        <translation>El idioma de esta aplicación.</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>Three letters, e.g. EUR, MXN, ARS.</source>
        <translation>Tres letras, p. ej. EUR, MXN, ARS.</translation>
    </message>
    <message>
        <source>Start shopnurture when I log in</source>
        <translation>Abrir shopnurture al iniciar sesión</translation>
    </message>
    <message>
        <source>At login</source>
        <translation>Al iniciar sesión</translation>
    </message>
    <message>
        <source>Your reminders go out even on days you forget to open it.</source>
        <translation>Tus recordatorios salen incluso los días que olvides abrirlo.</translation>
    </message>
    <message>
        <source>Email and SMS passwords are never stored in the shop file: they are kept in your computer&apos;s password store (see the Email account and SMS account tabs).</source>
        <translation>Las contraseñas de correo y SMS nunca se guardan en el archivo de la tienda: se guardan en el almacén de contraseñas de tu ordenador (mira las pestañas Cuenta de correo y Cuenta de SMS).</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>Guardar ajustes</translation>
    </message>
    <message>
        <source>Shop database: %1</source>
        <translation>Base de datos de la tienda: %1</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <source>Days an email counts</source>
        <translation>Días que cuenta un correo</translation>
    </message>
    <message>
        <source>An order placed up to this many days after an email counts as won by its automation (0 to 90; usually 5).</source>
        <translation>Un pedido hecho hasta estos días después de un correo cuenta como ganado por su automatización (de 0 a 90; lo normal es 5).</translation>
    </message>
    <message>
        <source>Days an SMS counts</source>
        <translation>Días que cuenta un SMS</translation>
    </message>
    <message>
        <source>The same after an SMS (usually 1: an SMS is read at once).</source>
        <translation>Lo mismo tras un SMS (lo normal es 1: un SMS se lee enseguida).</translation>
    </message>
    <message>
        <source>Could not change it: %1</source>
        <translation>No se ha podido cambiar: %1</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
</context>
<context>
    <name>ShopAppController</name>
    <message>
        <source>Cannot open the shop</source>
        <translation>No se puede abrir la tienda</translation>
    </message>
    <message>
        <source>Create a new empty shop</source>
        <translation>Crear una tienda nueva vacía</translation>
    </message>
    <message>
        <source>A file with that name already exists. Choose a new name so that nothing is overwritten.</source>
        <translation>Ya existe un archivo con ese nombre. Elige otro nombre para no sobrescribir nada.</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Abriendo %1…</translation>
    </message>
    <message>
        <source>Something went wrong while opening the shop: %1</source>
        <translation>Algo ha fallado al abrir la tienda: %1</translation>
    </message>
    <message>
        <source>Welcome to shopnurture</source>
        <translation>Te damos la bienvenida a shopnurture</translation>
    </message>
    <message>
        <source>Welcome! Would you like to look around a demo shop first?</source>
        <translation>¡Hola! ¿Quieres echar un vistazo primero a una tienda de demostración?</translation>
    </message>
    <message>
        <source>The demo shop has made-up customers, products and activity, kept apart from your own shop. You can open it again at any time from the File menu.</source>
        <translation>La tienda de demostración tiene clientes, productos y actividad inventados, separados de tu propia tienda. Puedes volver a abrirla cuando quieras desde el menú Archivo.</translation>
    </message>
    <message>
        <source>Explore the demo shop</source>
        <translation>Explorar la tienda de demostración</translation>
    </message>
    <message>
        <source>Start with my own shop</source>
        <translation>Empezar con mi tienda</translation>
    </message>
    <message>
        <source>Open another shop…</source>
        <translation>Abrir otra tienda…</translation>
    </message>
    <message>
        <source>Create a new shop…</source>
        <translation>Crear una tienda nueva…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>Open a shop</source>
        <translation>Abrir una tienda</translation>
    </message>
</context>
<context>
    <name>SmsAccountForm</name>
    <message>
        <source>Other provider (HTTP gateway)</source>
        <translation>Otro proveedor (pasarela HTTP)</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <source>Send from (number or service)</source>
        <translation>Enviar desde (número o servicio)</translation>
    </message>
    <message>
        <source>Account (Twilio Account SID)</source>
        <translation>Cuenta (Account SID de Twilio)</translation>
    </message>
    <message>
        <source>Address of the service</source>
        <translation>Dirección del servicio</translation>
    </message>
    <message>
        <source>Leave empty to keep the saved token</source>
        <translation>Déjalo vacío para conservar el token guardado</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Send the test to (+34…)</source>
        <translation>Enviar la prueba a (+34…)</translation>
    </message>
    <message>
        <source>Test phone number</source>
        <translation>Teléfono para la prueba</translation>
    </message>
    <message>
        <source>Save SMS account</source>
        <translation>Guardar cuenta de SMS</translation>
    </message>
    <message>
        <source>Send a test SMS</source>
        <translation>Enviar un SMS de prueba</translation>
    </message>
    <message>
        <source>SMS account saved.</source>
        <translation>Cuenta de SMS guardada.</translation>
    </message>
    <message>
        <source>Test SMS sent to %1.</source>
        <translation>SMS de prueba enviado a %1.</translation>
    </message>
</context>
<context>
    <name>SmsCounter</name>
    <message numerus="yes">
        <source>%n SMS</source>
        <translation>
            <numerusform>%n SMS</numerusform>
            <numerusform>%n SMS</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n character(s) left</source>
        <translation>
            <numerusform>queda %n carácter</numerusform>
            <numerusform>quedan %n caracteres</numerusform>
        </translation>
    </message>
    <message>
        <source>(accents like á í ó ú count)</source>
        <translation>(las tildes como á í ó ú cuentan)</translation>
    </message>
</context>
<context>
    <name>StandingBox</name>
    <message>
        <source>Why this score, phase and group</source>
        <translation>Por qué esta puntuación, fase y grupo</translation>
    </message>
    <message>
        <source>Reasons for the score, phase and RFM group</source>
        <translation>Motivos de la puntuación, la fase y el grupo RFM</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more</source>
        <translation>
            <numerusform>…y %n más</numerusform>
            <numerusform>…y %n más</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StartupWindow</name>
    <message>
        <source>Opening your shop…</source>
        <translation>Abriendo tu tienda…</translation>
    </message>
    <message>
        <source>Opening your shop</source>
        <translation>Abriendo tu tienda</translation>
    </message>
</context>
<context>
    <name>TemplateGallery</name>
    <message>
        <source>New flow</source>
        <translation>Nuevo flujo</translation>
    </message>
    <message>
        <source>Choose how to start the new flow</source>
        <translation>Elige cómo empezar el nuevo flujo</translation>
    </message>
    <message>
        <source>Start from a ready-made automation (you can change everything afterwards) or from an empty canvas.</source>
        <translation>Empieza con una automatización ya preparada (después puedes cambiarlo todo) o con un lienzo vacío.</translation>
    </message>
    <message>
        <source>Filter by name or description</source>
        <translation>Filtra por nombre o descripción</translation>
    </message>
    <message>
        <source>Filter templates</source>
        <translation>Filtrar plantillas</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Plantillas</translation>
    </message>
    <message>
        <source>Create flow</source>
        <translation>Crear flujo</translation>
    </message>
    <message>
        <source>Timing: %1</source>
        <translation>Tiempos: %1</translation>
    </message>
    <message>
        <source>Empty flow</source>
        <translation>Flujo vacío</translation>
    </message>
    <message>
        <source>A blank canvas: drag a trigger from the palette and build your own.</source>
        <translation>Un lienzo en blanco: arrastra un disparador desde la paleta y crea el tuyo.</translation>
    </message>
</context>
<context>
    <name>TemplateTimings</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hora</numerusform>
            <numerusform>%n horas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minuto</numerusform>
            <numerusform>%n minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) without buying</source>
        <translation>
            <numerusform>%n día sin comprar</numerusform>
            <numerusform>%n días sin comprar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) before the date</source>
        <translation>
            <numerusform>%n día antes de la fecha</numerusform>
            <numerusform>%n días antes de la fecha</numerusform>
        </translation>
    </message>
    <message>
        <source>%1–%2 days by product type</source>
        <translation>%1–%2 días según el tipo de producto</translation>
    </message>
    <message>
        <source>up to %1 for a reply</source>
        <translation>hasta %1 esperando respuesta</translation>
    </message>
</context>
<context>
    <name>TraceSummary</name>
    <message>
        <source>%1 would not enter this automation between %2 and %3: nothing they did matches its trigger.</source>
        <translation>%1 no entraría en esta automatización entre %2 y %3: nada de lo que hizo coincide con su disparador.</translation>
    </message>
    <message>
        <source>%1 enters %2</source>
        <translation>%1 entra %2</translation>
    </message>
    <message numerus="yes">
        <source>gets %n message(s)</source>
        <translation>
            <numerusform>recibe %n mensaje</numerusform>
            <numerusform>recibe %n mensajes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n held back</source>
        <translation>
            <numerusform>%n retenido</numerusform>
            <numerusform>%n retenidos</numerusform>
        </translation>
    </message>
    <message>
        <source>leaves %1</source>
        <translation>sale %1</translation>
    </message>
    <message>
        <source>is still inside on %1</source>
        <translation>sigue dentro el %1</translation>
    </message>
    <message numerus="yes">
        <source>entered %n times; this is the last</source>
        <translation>
            <numerusform>entró %n vez; esta es la última</numerusform>
            <numerusform>entró %n veces; esta es la última</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TraceView</name>
    <message>
        <source>today %1</source>
        <translation>hoy %1</translation>
    </message>
    <message>
        <source>tomorrow %1</source>
        <translation>mañana %1</translation>
    </message>
    <message>
        <source>yesterday %1</source>
        <translation>ayer %1</translation>
    </message>
    <message>
        <source>on entry</source>
        <translation>al entrar</translation>
    </message>
    <message>
        <source>not sent: %1</source>
        <translation>no se envía: %1</translation>
    </message>
</context>
<context>
    <name>TransferActions</name>
    <message>
        <source>Import finished</source>
        <translation>Importación terminada</translation>
    </message>
    <message>
        <source>contacts.xlsx</source>
        <translation>contactos.xlsx</translation>
    </message>
    <message>
        <source>activity.xlsx</source>
        <translation>actividad.xlsx</translation>
    </message>
    <message>
        <source>outbox.xlsx</source>
        <translation>bandeja-de-salida.xlsx</translation>
    </message>
    <message>
        <source>Export to Excel</source>
        <translation>Exportar a Excel</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportando…</translation>
    </message>
    <message>
        <source>%1 rows exported to %2</source>
        <translation>%1 filas exportadas a %2</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>No se pudo exportar</translation>
    </message>
</context>
<context>
    <name>_AccountForm</name>
    <message>
        <source>Passwords are kept in your computer&apos;s password store, never in the shop file.</source>
        <translation>Las contraseñas se guardan en el almacén de contraseñas de tu ordenador, nunca en el archivo de la tienda.</translation>
    </message>
    <message>
        <source>Sending a test…</source>
        <translation>Enviando una prueba…</translation>
    </message>
</context>
</TS>
