<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
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
    <name>MainWindow</name>
    <message>
        <source>Automations</source>
        <translation>Automatizaciones</translation>
    </message>
    <message>
        <source>Here you will draw automations such as abandoned-cart reminders, birthday offers or win-back messages, and see who is in each step.</source>
        <translation>Aquí dibujarás automatizaciones como recordatorios de carrito abandonado, ofertas de cumpleaños o mensajes para recuperar clientes, y verás quién está en cada paso.</translation>
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
        <source>What each automation earned: who entered, who bought afterwards and the revenue won back, compared with customers who got nothing.</source>
        <translation>Lo que ha ganado cada automatización: quién entró, quién compró después y los ingresos recuperados, comparado con los clientes que no recibieron nada.</translation>
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
