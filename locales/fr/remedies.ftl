# Le catalogue des solutions en français : pour chaque résultat, son titre, son explication et
# ses étapes, et celles propres aux fournisseurs connus. Vouvoiement, mots de l'aide Gmail.

## input: what was typed

finding-input-invalid_host = Le nom du serveur n'est pas valide
    .explanation = Le nom du serveur est vide, beaucoup trop long ou contient des caractères qu'un nom de serveur ne peut pas avoir, comme des espaces, des barres obliques ou un « http:// » au début. Rien n'a pu être testé, car il n'y a aucun serveur à rechercher.
    .step-1 = Vérifiez que le nom du serveur ne contient ni faute de frappe, ni espace, ni caractère en trop ; le problème détecté est indiqué ci-dessous.
    .step-2 = Supprimez tout ce qui ne fait pas partie du nom lui-même, comme « http:// », « https:// », une barre oblique ou un chemin après le nom.
    .step-3 = Cherchez le nom du serveur de réception dans l'aide de votre fournisseur ou dans l'e-mail de bienvenue reçu à la création du compte ; il commence généralement par « imap. », « pop. » ou « mail. ».
    .step-4 = Saisissez à nouveau le nom et relancez le test.

finding-input-invalid_port = Le port n'est pas un nombre valide
    .explanation = Un port doit être un nombre entier compris entre 1 et 65535. La valeur saisie ne l'est pas : rien n'a donc pu être testé.
    .step-1 = Vérifiez que le port ne contient pas de faute de frappe ; la valeur saisie est indiquée ci-dessous.
    .step-2 = Utilisez le port habituel pour le type de serveur que vous configurez : 993 pour IMAP, 995 pour POP, 465 ou 587 pour l'envoi (SMTP).
    .step-3 = Laissez le port vide si vous n'êtes pas sûr : le port habituel correspondant à la sécurité choisie sera utilisé.

finding-input-invalid_username = Le nom d'utilisateur contient un saut de ligne
    .explanation = Le nom d'utilisateur (ou l'adresse e-mail) contient un saut de ligne ou un autre caractère de contrôle invisible, généralement parce qu'il a été copié depuis un document ou un message. Aucune application de messagerie ne peut se connecter avec, donc rien n'a été envoyé au serveur.
    .step-1 = Retapez le nom d'utilisateur à la main au lieu de le coller.
    .step-2 = Vérifiez qu'il tient sur une seule ligne, sans espace ni saut de ligne avant ou après.
    .step-3 = Relancez le test.

finding-input-email_as_server = Une adresse e-mail a été saisie comme nom de serveur
    .explanation = Le champ du nom de serveur contient une adresse e-mail. Votre adresse va dans le champ du nom d'utilisateur ; le nom du serveur est celui du serveur de messagerie de votre fournisseur, par exemple imap.example.com.
    .step-1 = Déplacez l'adresse e-mail dans le champ du nom d'utilisateur de votre application de messagerie.
    .step-2 = Saisissez plutôt le nom du serveur de réception de votre fournisseur dans le champ du serveur ; si le fournisseur est connu, le bon nom figure dans les paramètres suggérés ci-dessous.
    .step-3 = Cherchez le nom du serveur dans l'aide de votre fournisseur si aucune suggestion n'est affichée.
    .gmail-step-1 = Déplacez votre adresse Gmail dans le champ du nom d'utilisateur de votre application de messagerie.
    .gmail-step-2 = Dans le champ du serveur, saisissez imap.gmail.com pour IMAP ou pop.gmail.com pour POP, avec SSL/TLS et le port 993 (IMAP) ou 995 (POP).
    .gmail-step-3 = Pour l'envoi, utilisez smtp.gmail.com avec SSL/TLS et le port 465, ou STARTTLS et le port 587.
    .outlook-step-1 = Déplacez votre adresse Outlook.com dans le champ du nom d'utilisateur de votre application de messagerie.
    .outlook-step-2 = Dans le champ du serveur, saisissez outlook.office365.com, avec SSL/TLS et le port 993 pour IMAP ou le port 995 pour POP.
    .outlook-step-3 = Pour l'envoi, utilisez smtp-mail.outlook.com avec STARTTLS et le port 587.
    .outlook-step-4 = Choisissez la connexion Microsoft (OAuth) dans votre application : Outlook.com n'accepte plus les mots de passe des applications de messagerie.
    .yahoo-step-1 = Déplacez votre adresse Yahoo dans le champ du nom d'utilisateur de votre application de messagerie.
    .yahoo-step-2 = Dans le champ du serveur, saisissez imap.mail.yahoo.com pour IMAP ou pop.mail.yahoo.com pour POP, avec SSL/TLS et le port 993 (IMAP) ou 995 (POP).
    .yahoo-step-3 = Pour l'envoi, utilisez smtp.mail.yahoo.com avec SSL/TLS et le port 465.
    .yahoo-step-4 = Utilisez comme mot de passe un mot de passe d'application Yahoo, et non votre mot de passe habituel.
    .icloud-step-1 = Mettez la partie de votre adresse iCloud avant le @ dans le champ du nom d'utilisateur ; si elle est refusée, essayez l'adresse complète.
    .icloud-step-2 = Dans le champ du serveur, saisissez imap.mail.me.com avec SSL/TLS et le port 993 ; iCloud Mail n'a pas de serveur POP.
    .icloud-step-3 = Pour l'envoi, utilisez smtp.mail.me.com avec STARTTLS et le port 587, et votre adresse complète comme nom d'utilisateur.
    .icloud-step-4 = Utilisez un mot de passe pour app de votre compte Apple, et non votre mot de passe habituel.

finding-input-webmail_host = C'est l'adresse d'un site web, pas le serveur de messagerie
    .explanation = Le nom saisi est l'adresse du site ou du webmail de votre fournisseur, que l'on ouvre dans un navigateur. Les applications de messagerie ont besoin du nom du serveur de messagerie du fournisseur, qui est un autre nom.
    .step-1 = Remplacez le nom du serveur par celui du serveur de messagerie du fournisseur indiqué dans les paramètres suggérés ci-dessous.
    .step-2 = Conservez la sécurité et le port affichés à côté ; ils vont ensemble.
    .step-3 = Cherchez le nom du serveur de messagerie dans l'aide de votre fournisseur si aucune suggestion n'est affichée.
    .gmail-step-1 = Remplacez le nom du serveur par imap.gmail.com pour IMAP ou pop.gmail.com pour POP.
    .gmail-step-2 = Choisissez SSL/TLS et le port 993 pour IMAP, ou le port 995 pour POP.
    .gmail-step-3 = Pour l'envoi, utilisez smtp.gmail.com avec SSL/TLS et le port 465, ou STARTTLS et le port 587.
    .outlook-step-1 = Remplacez le nom du serveur par outlook.office365.com.
    .outlook-step-2 = Choisissez SSL/TLS et le port 993 pour IMAP, ou le port 995 pour POP.
    .outlook-step-3 = Pour l'envoi, utilisez smtp-mail.outlook.com avec STARTTLS et le port 587.
    .outlook-step-4 = Choisissez la connexion Microsoft (OAuth) dans votre application : Outlook.com n'accepte plus les mots de passe des applications de messagerie.
    .yahoo-step-1 = Remplacez le nom du serveur par imap.mail.yahoo.com pour IMAP ou pop.mail.yahoo.com pour POP.
    .yahoo-step-2 = Choisissez SSL/TLS et le port 993 pour IMAP, ou le port 995 pour POP.
    .yahoo-step-3 = Pour l'envoi, utilisez smtp.mail.yahoo.com avec SSL/TLS et le port 465.
    .icloud-step-1 = Remplacez le nom du serveur par imap.mail.me.com ; iCloud Mail n'a pas de serveur POP.
    .icloud-step-2 = Choisissez SSL/TLS et le port 993.
    .icloud-step-3 = Pour l'envoi, utilisez smtp.mail.me.com avec STARTTLS et le port 587.

finding-input-protocol_port_mismatch = Ce port appartient à un autre type de serveur de messagerie
    .explanation = Chaque type de serveur de messagerie a ses ports : IMAP utilise 993 ou 143, POP 995 ou 110, et l'envoi (SMTP) 465, 587 ou 25. Le port choisi appartient à un autre type que celui que vous configurez : c'est donc probablement le mauvais service qui répond.
    .step-1 = Vérifiez si vous vouliez configurer IMAP, POP ou l'envoi (SMTP) ; l'usage habituel du port est indiqué ci-dessous.
    .step-2 = Remplacez le port par le port habituel indiqué ci-dessous, avec la sécurité correspondante : SSL/TLS sur 993, 995 et 465, STARTTLS sur 143, 110 et 587.
    .step-3 = Relancez le test avec le port corrigé.
    .icloud-explanation = Le port choisi appartient à un autre type de serveur. iCloud Mail n'en utilise que deux : le port 993 pour la réception en IMAP (il n'y a pas de POP) et le port 587 pour l'envoi.
    .icloud-step-1 = Pour la réception, configurez le compte en IMAP avec imap.mail.me.com, SSL/TLS et le port 993 ; iCloud Mail n'a pas de serveur POP.
    .icloud-step-2 = Pour l'envoi, utilisez smtp.mail.me.com avec STARTTLS et le port 587.
    .icloud-step-3 = Relancez le test avec ces paramètres.

finding-input-host_protocol_mismatch = Le nom du serveur correspond à un autre type de serveur de messagerie
    .explanation = Le nom du serveur commence par un mot qui indique son type, comme « pop. » pour POP, « imap. » pour IMAP ou « smtp. » pour l'envoi, et il ne correspond pas à ce que vous configurez. Beaucoup de fournisseurs les font tourner sur des machines distinctes : le mauvais serveur peut ne pas répondre ou répondre de la mauvaise façon.
    .step-1 = Vérifiez si vous vouliez configurer IMAP, POP ou l'envoi (SMTP).
    .step-2 = Utilisez le nom de serveur indiqué comme hôte suggéré ci-dessous, ou cherchez le bon nom dans l'aide de votre fournisseur.
    .step-3 = Relancez le test avec le nom corrigé.
    .icloud-explanation = Le nom du serveur ne correspond pas au type de serveur que vous configurez. iCloud Mail a un serveur de réception, en IMAP uniquement (il n'y a pas de POP), et un serveur d'envoi.
    .icloud-step-1 = Pour la réception, configurez le compte en IMAP avec imap.mail.me.com, SSL/TLS et le port 993 ; iCloud Mail n'a pas de serveur POP.
    .icloud-step-2 = Pour l'envoi, utilisez smtp.mail.me.com avec STARTTLS et le port 587.
    .icloud-step-3 = Relancez le test avec ces paramètres.

finding-input-security_port_mismatch = Le paramètre de sécurité ne correspond pas à ce port
    .explanation = Les ports 993, 995 et 465 attendent SSL/TLS dès le premier octet, tandis que les ports 143, 110 et 587 commencent en clair et passent au chiffrement avec STARTTLS. La sécurité choisie est l'autre type : la connexion risque donc de bloquer ou d'échouer.
    .step-1 = Si vous avez choisi SSL/TLS sur le port 143, 110 ou 587 : gardez SSL/TLS et remplacez le port par 993 (IMAP), 995 (POP) ou 465 (SMTP).
    .step-2 = Si vous avez choisi STARTTLS ou aucune sécurité sur le port 993, 995 ou 465 : gardez le port et choisissez SSL/TLS.
    .step-3 = Relancez le test avec les paramètres indiqués dans les paramètres suggérés ci-dessous.


## dns: finding the server's address

finding-dns-nxdomain = Le nom du serveur n'existe pas
    .explanation = Le système de noms d'Internet (DNS) indique qu'aucun serveur ne porte ce nom. Il s'agit presque toujours d'une faute de frappe ou d'un nom de serveur déduit de l'adresse e-mail au lieu d'avoir été recherché.
    .step-1 = Vérifiez le nom du serveur lettre par lettre.
    .step-2 = Cherchez le nom exact du serveur de réception dans l'aide de votre fournisseur ; ne le devinez pas à partir de votre adresse e-mail.
    .step-3 = Si le nom appartient à votre propre domaine, demandez à la personne qui gère le domaine d'ajouter le nom du serveur de messagerie dans ses enregistrements DNS.

finding-dns-no_address = Le nom du serveur existe mais ne pointe nulle part
    .explanation = Le DNS connaît ce nom, mais il n'a aucune adresse Internet : il n'y a donc rien à quoi se connecter. Cela arrive quand un domaine existe sans qu'aucun nom de serveur de messagerie n'y soit défini, ou quand seuls le site web ou la réception du courrier (MX) ont été configurés.
    .step-1 = Vérifiez que vous avez saisi le nom du serveur de messagerie et pas seulement votre domaine.
    .step-2 = Cherchez le nom exact du serveur de réception dans l'aide de votre fournisseur.
    .step-3 = Si vous gérez le domaine : ajoutez pour ce nom un enregistrement d'adresse (A pour IPv4, AAAA pour IPv6) pointant vers le serveur de messagerie.

finding-dns-servfail = Le serveur de noms n'a pas pu rechercher ce nom
    .explanation = Le serveur DNS interrogé a échoué ou a refusé de répondre. Cela indique généralement une configuration DNS défaillante du domaine (par exemple une erreur DNSSEC ou un serveur de noms en panne), et non un problème de votre application de messagerie.
    .step-1 = Patientez quelques minutes et relancez le test ; les courtes pannes DNS sont fréquentes.
    .step-2 = Vérifiez l'orthographe du nom du serveur.
    .step-3 = Si l'échec persiste, signalez à la personne qui gère le domaine que ses serveurs de noms ne répondent pas ; elle peut vérifier le domaine avec un outil de test DNS.

finding-dns-timeout = La recherche du nom du serveur a pris trop de temps
    .explanation = Aucun serveur DNS n'a répondu à temps : l'adresse du serveur est donc inconnue. Les serveurs de noms du domaine sont peut-être en panne ou injoignables, ou le réseau utilisé pour le test bloque le DNS.
    .step-1 = Relancez le test dans quelques minutes.
    .step-2 = Vérifiez l'orthographe du nom du serveur.
    .step-3 = Si l'échec persiste, signalez à la personne qui gère le domaine que ses serveurs de noms ne répondent pas.

finding-dns-blocked_address = Le nom du serveur pointe vers une adresse que maildoctor ne teste pas
    .explanation = Toutes les adresses de ce nom sont des adresses privées, locales ou réservées, comme un réseau domestique, la machine elle-même ou une adresse interne d'un cloud. Par sécurité, maildoctor ne se connecte pas à ces adresses, sauf s'il a été configuré pour le permettre.
    .step-1 = Vérifiez que vous avez saisi le nom public du serveur de messagerie, et non un nom interne ou local.
    .step-2 = Si vous gérez le domaine : assurez-vous que l'enregistrement DNS public de ce nom pointe vers l'adresse publique du serveur.
    .step-3 = Si vous faites tourner maildoctor pour une assistance qui teste des serveurs privés : lancez-le avec --allow-private, ou ajoutez la plage privée à sa liste d'autorisation.

finding-dns-did_you_mean = Le nom du serveur ressemble à une faute de frappe
    .explanation = Ce nom ne diffère que d'une ou deux lettres du nom du serveur de messagerie d'un fournisseur connu. Il s'agit probablement d'une faute de frappe.
    .step-1 = Comparez le nom saisi avec le nom suggéré ci-dessous.
    .step-2 = Utilisez le nom suggéré s'il s'agit du serveur voulu, puis relancez le test.

finding-dns-provider_lookup_failed = Le DNS de ce réseau ne trouve pas un serveur de messagerie bien connu
    .explanation = Le nom est celui du serveur de messagerie d'un fournisseur connu, qui existe forcément, mais le serveur DNS interrogé affirme qu'il n'existe pas, ne répond pas ou donne une adresse qui ne peut pas être celle du fournisseur. Cela met en cause le DNS du réseau d'où le test a été lancé, comme un service de filtrage ou de contrôle parental, une page de connexion Wi-Fi ou un routeur défaillant, et non une faute de frappe.
    .step-1 = Essayez votre application de messagerie sur un autre réseau, par exemple les données mobiles de votre téléphone au lieu du Wi-Fi, pour voir si cela fonctionne.
    .step-2 = Si vous utilisez le Wi-Fi public d'un hôtel, d'un café ou d'un aéroport, ouvrez d'abord une page web et terminez sa page de connexion, puis réessayez.
    .step-3 = Redémarrez votre routeur ou configurez votre appareil pour utiliser un autre serveur DNS, comme celui de votre fournisseur d'accès ou un DNS public tel que 1.1.1.1 ou 9.9.9.9.
    .step-4 = Sur un réseau d'entreprise ou d'établissement scolaire, demandez au service informatique si son filtre DNS bloque ce service de messagerie ; le serveur DNS interrogé est indiqué ci-dessous.


## tcp: reaching the server

finding-tcp-refused = Le serveur a refusé la connexion
    .explanation = Le serveur a été atteint, mais rien n'accepte de connexion sur ce port. En général, le port n'est pas le bon pour ce serveur, ou le service de messagerie y est arrêté ; parfois, un serveur bloque une adresse pendant un moment après de nombreuses connexions échouées.
    .step-1 = Vérifiez le port : 993 pour IMAP, 995 pour POP, 465 ou 587 pour l'envoi, comme l'indique l'aide de votre fournisseur.
    .step-2 = Vérifiez que le nom du serveur est bien celui du serveur de messagerie, et non d'une autre machine du même fournisseur.
    .step-3 = Si vous gérez le serveur : vérifiez que le service de messagerie fonctionne et écoute sur ce port.
    .step-4 = Si les mêmes paramètres fonctionnaient auparavant, attendez une heure : le serveur a peut-être bloqué votre adresse après de nombreuses connexions échouées.

finding-tcp-timeout = Le serveur n'a pas répondu à temps
    .explanation = La tentative de connexion n'a reçu aucune réponse. Un pare-feu la bloque probablement en chemin, le serveur est en panne, ou le port est fermé sans le signaler.
    .step-1 = Réessayez depuis un autre réseau, comme les données mobiles d'un téléphone : certains réseaux, hôtels et entreprises bloquent les ports de messagerie.
    .step-2 = Vérifiez le port : 993 pour IMAP, 995 pour POP, 465 ou 587 pour l'envoi.
    .step-3 = Si vous gérez le serveur : vérifiez que le pare-feu laisse passer les connexions sur ce port et que le serveur est en marche.

finding-tcp-unreachable = Le serveur est injoignable depuis ici
    .explanation = Le réseau a signalé qu'il n'existe aucun chemin vers le serveur. Le réseau du serveur est peut-être en panne, ou l'adresse n'est pas joignable depuis Internet.
    .step-1 = Relancez le test dans quelques minutes.
    .step-2 = Vérifiez que le nom du serveur est le nom public du serveur de messagerie.
    .step-3 = Si vous gérez le serveur : vérifiez sa connexion réseau et que son adresse publique est routée.

finding-tcp-partial = Certaines adresses du serveur ne fonctionnent pas
    .explanation = Le nom du serveur a plusieurs adresses, souvent une IPv6 et une IPv4, et seules certaines acceptent les connexions. Les applications qui essaient d'abord une adresse défaillante peuvent être lentes ou échouer de temps en temps.
    .step-1 = Consultez les résultats par adresse ci-dessous pour voir lesquelles échouent.
    .step-2 = Si vous gérez le serveur : corrigez les adresses défaillantes, ou supprimez leurs enregistrements DNS (souvent l'enregistrement IPv6 AAAA) jusqu'à ce qu'elles fonctionnent.
    .step-3 = Si vous ne gérez pas le serveur : signalez les adresses défaillantes à votre fournisseur ; en attendant, votre application devrait se connecter par celles qui fonctionnent.


## tls: encryption and certificates

finding-tls-plaintext_on_tls_port = SSL/TLS a été choisi, mais ce port commence sans chiffrement
    .explanation = Vos paramètres indiquent SSL/TLS, qui chiffre dès le premier octet, mais le serveur a envoyé son accueil en clair sur ce port. Ce port attend STARTTLS (chiffrement activé après l'accueil) ou aucun chiffrement.
    .step-1 = Dans votre application, choisissez STARTTLS pour ce port, ou gardez SSL/TLS et remplacez le port par 993 (IMAP), 995 (POP) ou 465 (SMTP).
    .step-2 = Préférez SSL/TLS sur 993, 995 ou 465 quand votre fournisseur le propose : la connexion est alors chiffrée dès le premier octet.
    .step-3 = Relancez le test avec les nouveaux paramètres.

finding-tls-tls_on_plaintext_port = Ce port exige SSL/TLS dès le départ
    .explanation = Un accueil en clair était attendu, car STARTTLS ou aucune sécurité avait été choisi, mais le serveur attend tout de suite le chiffrement. Les ports comme 993, 995 et 465 fonctionnent ainsi.
    .step-1 = Dans votre application, choisissez SSL/TLS pour ce port.
    .step-2 = Si vous préférez STARTTLS, remplacez le port par 143 (IMAP), 110 (POP) ou 587 (SMTP).
    .step-3 = Relancez le test avec les nouveaux paramètres.

finding-tls-handshake_failed = La connexion sécurisée n'a pas pu être établie
    .explanation = Le serveur et maildoctor n'ont pas pu s'accorder sur le chiffrement de la connexion, ou le serveur a abandonné en cours de route. Cela peut venir d'un mauvais port, d'un serveur mal configuré ou d'un équipement réseau qui perturbe le trafic chiffré.
    .step-1 = Vérifiez que le port et la sécurité vont ensemble : SSL/TLS sur 993, 995 et 465, STARTTLS sur 143, 110 et 587.
    .step-2 = Réessayez depuis un autre réseau, au cas où un pare-feu ou un filtre perturberait les connexions chiffrées.
    .step-3 = Si vous gérez le serveur : vérifiez sa configuration TLS et cherchez dans ses journaux l'erreur de négociation indiquée ci-dessous.

finding-tls-protocol_outdated = Chiffrement obsolète : l'application et le serveur ne trouvent pas de version de TLS sûre
    .explanation = L'un des deux ne prend en charge que d'anciennes versions de chiffrement (TLS 1.0 ou 1.1) ou des algorithmes faibles qui ne sont plus considérés comme sûrs. Soit le serveur ne propose que celles-ci, que les applications actuelles et maildoctor refusent, soit le serveur refuse une ancienne application qui ne connaît qu'elles.
    .step-1 = Si le serveur indique que TLS 1.0 et 1.1 ne sont pas pris en charge : mettez à jour l'application ou le système de l'appareil, ou passez à une application qui prend en charge TLS 1.2.
    .step-2 = Sinon, demandez à votre fournisseur ou à l'administrateur du serveur d'activer TLS 1.2 et TLS 1.3.
    .step-3 = Si vous gérez le serveur : mettez à jour le serveur de messagerie et sa bibliothèque TLS, et autorisez TLS 1.2 et 1.3 dans ses paramètres.
    .step-4 = Ne désactivez pas le chiffrement dans votre application pour contourner le problème : votre mot de passe circulerait sans protection.

finding-tls-cert_name_mismatch = Le certificat du serveur est établi pour un autre nom
    .explanation = Le certificat présenté par le serveur ne contient pas le nom de serveur saisi : l'application ne peut donc pas être sûre d'avoir joint le bon serveur. Souvent, le serveur de messagerie du fournisseur porte un autre nom que celui saisi, par exemple un nom d'hébergement mutualisé au lieu de votre propre domaine.
    .step-1 = Regardez les noms couverts par le certificat, indiqués ci-dessous.
    .step-2 = Utilisez l'un de ces noms comme nom de serveur dans votre application, s'il s'agit du serveur de messagerie de votre fournisseur.
    .step-3 = Vérifiez que vous avez choisi le bon type de serveur : un nom IMAP pour IMAP, un nom POP pour POP.
    .step-4 = Si vous gérez le serveur : installez un certificat qui contient ce nom de serveur.

finding-tls-cert_expired = Le certificat du serveur a expiré
    .explanation = Les certificats ne sont valides que pour une durée limitée, et la date de fin de celui-ci est dépassée. Les applications de messagerie avertissent ou refusent de se connecter, car un certificat expiré ne peut plus prouver l'authenticité du serveur.
    .step-1 = Signalez à votre fournisseur ou à l'administrateur du serveur que le certificat a expiré ; la date de fin est indiquée ci-dessous.
    .step-2 = N'acceptez pas durablement l'avertissement de certificat dans votre application : cela masque le problème comme une véritable attaque.
    .step-3 = Si vous gérez le serveur : renouvelez le certificat, installez-le avec son certificat intermédiaire, puis redémarrez ou rechargez le service de messagerie.

finding-tls-cert_not_yet_valid = Le certificat du serveur n'est pas encore valide
    .explanation = La date de début du certificat est dans le futur. Soit un nouveau certificat a été installé trop tôt, soit l'horloge du serveur ou de la machine de test est fausse.
    .step-1 = Vérifiez que la date et l'heure de votre propre appareil sont correctes.
    .step-2 = Prévenez votre fournisseur ou l'administrateur du serveur ; la date de début du certificat est indiquée ci-dessous.
    .step-3 = Si vous gérez le serveur : vérifiez son horloge et installez un certificat valide dès maintenant.

finding-tls-cert_expiring_soon = Le certificat du serveur expire bientôt
    .explanation = Le certificat fonctionne encore, mais il expire dans moins de 14 jours. Ensuite, les applications de messagerie avertiront ou refuseront de se connecter.
    .step-1 = Signalez à votre fournisseur ou à l'administrateur du serveur que le certificat expire bientôt ; la date est indiquée ci-dessous.
    .step-2 = Si vous gérez le serveur : renouvelez le certificat maintenant, vérifiez que le renouvellement automatique fonctionne et rechargez le service de messagerie après le renouvellement.

finding-tls-cert_self_signed = Le certificat du serveur n'est pas délivré par une autorité de confiance
    .explanation = Le certificat a été signé par le serveur lui-même : aucune autorité reconnue ne s'en porte garante. Les applications ne peuvent pas le distinguer du certificat d'un attaquant et affichent un avertissement.
    .step-1 = Vérifiez que le nom du serveur est celui du serveur de messagerie public de votre fournisseur ; certains fournisseurs utilisent un autre nom doté d'un vrai certificat.
    .step-2 = Si vous gérez le serveur : installez pour ce nom un certificat délivré par une autorité de confiance, par exemple un certificat gratuit de Let's Encrypt.
    .step-3 = S'il s'agit volontairement d'un serveur privé : installez son certificat comme approuvé sur chaque appareil, seulement après avoir vérifié son empreinte avec l'administrateur.

finding-tls-cert_untrusted = Le certificat du serveur provient d'une autorité inconnue
    .explanation = Le certificat a été délivré par une autorité à laquelle les applications de messagerie ne font pas confiance, comme l'autorité interne d'une entreprise ou une autorité inconnue. Cela peut être normal au sein d'une organisation, mais le certificat d'un attaquant a exactement la même apparence.
    .step-1 = Vérifiez que le nom du serveur est celui du serveur de messagerie public de votre fournisseur.
    .step-2 = Si le serveur appartient à votre organisation : demandez à son équipe informatique le certificat racine de l'organisation et installez-le sur votre appareil.
    .step-3 = Si vous gérez le serveur : installez pour ce nom un certificat délivré par une autorité publiquement reconnue.

finding-tls-cert_chain_incomplete = Le serveur n'envoie pas sa chaîne de certificats complète
    .explanation = Le serveur a envoyé son propre certificat, mais pas le certificat intermédiaire qui le relie à une autorité de confiance. Certaines applications comblent le manque elles-mêmes et d'autres non : les mêmes paramètres fonctionnent donc sur un appareil et échouent sur un autre. maildoctor récupère le certificat manquant à l'adresse indiquée par le certificat du serveur, et les détails ci-dessous précisent quel certificat manque et si cela a été confirmé.
    .step-1 = Signalez à votre fournisseur ou à l'administrateur du serveur qu'il manque le certificat intermédiaire, en transmettant le nom et l'adresse du certificat indiqués ci-dessous.
    .step-2 = Si vous gérez le serveur : installez le certificat de ce nom avec son certificat intermédiaire (le fichier de chaîne complète fourni par votre autorité), puis rechargez le service de messagerie.
    .step-3 = Relancez ensuite le test pour confirmer que la chaîne est complète.

finding-tls-starttls_unsupported = Le serveur ne propose pas STARTTLS
    .explanation = STARTTLS a été choisi, mais le serveur ne propose pas de passer au chiffrement sur ce port. Sans cela, le mot de passe circulerait en clair.
    .step-1 = Dans votre application, choisissez plutôt SSL/TLS et le port 993 (IMAP), 995 (POP) ou 465 (SMTP).
    .step-2 = Vérifiez que le nom du serveur et le port sont ceux recommandés par votre fournisseur.
    .step-3 = Si vous gérez le serveur : activez TLS pour ce service et ce port.

finding-tls-starttls_failed = Le passage au chiffrement a échoué
    .explanation = Le serveur a proposé STARTTLS, mais le passage à une connexion chiffrée n'a pas abouti. La configuration TLS du serveur est peut-être défaillante, ou quelque chose perturbe le réseau.
    .step-1 = Dans votre application, essayez plutôt SSL/TLS et le port 993 (IMAP), 995 (POP) ou 465 (SMTP).
    .step-2 = Réessayez depuis un autre réseau, au cas où un pare-feu perturberait les connexions chiffrées.
    .step-3 = Si vous gérez le serveur : vérifiez son certificat et ses paramètres TLS, et cherchez dans ses journaux l'erreur indiquée ci-dessous.

finding-tls-not_used = La connexion n'est pas chiffrée
    .explanation = La connexion a été établie sans aucun chiffrement : votre mot de passe et vos e-mails peuvent être lus par n'importe qui sur le trajet. La plupart des fournisseurs refusent la connexion sur ce type de liaison.
    .step-1 = Dans votre application, choisissez SSL/TLS et le port 993 (IMAP), 995 (POP) ou 465 (SMTP).
    .step-2 = Si le serveur ne propose pas SSL/TLS, choisissez STARTTLS avec le port 143 (IMAP), 110 (POP) ou 587 (SMTP).
    .step-3 = Si vous gérez le serveur : activez TLS et cessez d'accepter les mots de passe sur les connexions non chiffrées.


## protocol: what answers on the port

finding-protocol-pop3_not_imap = Ce port sert à POP, pas à IMAP
    .explanation = Vous configurez IMAP, mais c'est un serveur POP qui a répondu sur cet hôte et ce port. Les deux fonctionnent différemment : l'application ne peut donc pas lui parler en IMAP.
    .step-1 = Si vous voulez IMAP : remplacez le port par 993 avec SSL/TLS (ou 143 avec STARTTLS), et utilisez le nom du serveur IMAP indiqué dans l'aide de votre fournisseur.
    .step-2 = Si vous voulez POP : configurez le compte en POP plutôt qu'en IMAP.
    .step-3 = Relancez le test avec les paramètres corrigés.
    .icloud-explanation = Vous configurez IMAP, mais c'est un serveur POP qui a répondu. iCloud Mail n'a pas de serveur POP : ce n'est donc pas le serveur d'iCloud.
    .icloud-step-1 = Utilisez imap.mail.me.com comme nom de serveur.
    .icloud-step-2 = Choisissez SSL/TLS et le port 993.
    .icloud-step-3 = Relancez le test avec ces paramètres.

finding-protocol-imap_not_pop3 = Ce port sert à IMAP, pas à POP
    .explanation = Vous configurez POP, mais c'est un serveur IMAP qui a répondu sur cet hôte et ce port. L'application ne peut pas lui parler en POP.
    .step-1 = Si vous voulez POP : remplacez le port par 995 avec SSL/TLS (ou 110 avec STARTTLS), et utilisez le nom du serveur POP indiqué dans l'aide de votre fournisseur.
    .step-2 = Si IMAP vous convient : configurez plutôt le compte en IMAP ; vos e-mails restent alors synchronisés sur tous vos appareils.
    .step-3 = Relancez le test avec les paramètres corrigés.
    .icloud-explanation = Vous configurez POP, mais iCloud Mail n'a pas de serveur POP : la réception n'est possible qu'en IMAP.
    .icloud-step-1 = Configurez le compte en IMAP plutôt qu'en POP.
    .icloud-step-2 = Utilisez imap.mail.me.com avec SSL/TLS et le port 993.
    .icloud-step-3 = Relancez le test en IMAP.

finding-protocol-smtp_not_incoming = C'est un serveur d'envoi, pas de réception
    .explanation = Vous configurez la réception (IMAP ou POP), mais c'est un serveur d'envoi (SMTP) qui a répondu. L'envoi et la réception utilisent des serveurs ou des ports différents.
    .step-1 = Pour la réception, utilisez le nom du serveur de réception : il commence généralement par « imap. » ou « pop. », et non par « smtp. ».
    .step-2 = Utilisez le port 993 avec SSL/TLS pour IMAP, ou le port 995 avec SSL/TLS pour POP.
    .step-3 = Saisissez plutôt ce serveur et ce port dans les paramètres d'envoi (SMTP) de votre application, si c'est là qu'ils vont.

finding-protocol-incoming_not_smtp = C'est un serveur de réception, pas d'envoi
    .explanation = Vous configurez l'envoi (SMTP), mais c'est un serveur de réception (IMAP ou POP) qui a répondu. L'envoi utilise son propre nom de serveur ou son propre port.
    .step-1 = Pour l'envoi, utilisez le nom du serveur d'envoi : il commence généralement par « smtp. ».
    .step-2 = Utilisez le port 465 avec SSL/TLS, ou le port 587 avec STARTTLS.
    .step-3 = Saisissez plutôt ce serveur et ce port dans les paramètres de réception de votre application, si c'est là qu'ils vont.

finding-protocol-http_not_mail = Un serveur web a répondu, pas un serveur de messagerie
    .explanation = L'hôte et le port mènent à un site web. Les applications de messagerie ont besoin du serveur de messagerie du fournisseur et d'un port de messagerie, pas de l'adresse que vous ouvrez dans un navigateur.
    .step-1 = Vérifiez que le port est un port de messagerie : 993 ou 143 pour IMAP, 995 ou 110 pour POP, 465 ou 587 pour l'envoi ; 80 et 443 sont des ports web.
    .step-2 = Remplacez le nom du serveur par celui du serveur de messagerie indiqué dans l'aide de votre fournisseur ; il commence généralement par « imap. », « pop. », « smtp. » ou « mail. ».
    .step-3 = Relancez le test avec les paramètres corrigés.

finding-protocol-unknown = Autre chose qu'un serveur de messagerie a répondu
    .explanation = Le serveur a répondu, mais pas comme un serveur de messagerie ; il peut s'agir d'un autre service, comme la connexion à distance (SSH), ou d'un équipement intermédiaire. Les premiers octets qu'il a envoyés sont indiqués ci-dessous.
    .step-1 = Vérifiez que le port est un port de messagerie : 993 ou 143 pour IMAP, 995 ou 110 pour POP, 465 ou 587 pour l'envoi.
    .step-2 = Vérifiez que le nom du serveur est celui du serveur de messagerie de votre fournisseur.
    .step-3 = Si vous gérez le serveur : vérifiez quel programme écoute sur ce port.

finding-protocol-no_greeting = Le serveur s'est connecté mais n'a rien dit
    .explanation = La connexion a été établie, mais le serveur n'a jamais envoyé l'accueil qu'un serveur de messagerie envoie en premier. Il est peut-être surchargé ou bloqué, limite les connexions par adresse, ou attend un chiffrement qui n'a pas été démarré.
    .step-1 = Vérifiez que le port et la sécurité vont ensemble : SSL/TLS sur 993, 995 et 465, STARTTLS sur 143, 110 et 587.
    .step-2 = Fermez les autres applications ou appareils qui utilisent ce compte, puis relancez le test dans quelques minutes.
    .step-3 = Si vous gérez le serveur : vérifiez que le service de messagerie fonctionne bien et si une limite de connexions par adresse est atteinte.

finding-protocol-rejected = Le serveur a refusé le service immédiatement
    .explanation = Le serveur a répondu, mais a aussitôt refusé de servir cette connexion. Il est peut-être trop occupé, bloque l'adresse de test ou est fermé pour maintenance ; son propre message est indiqué ci-dessous.
    .step-1 = Lisez le message du serveur ci-dessous : il indique souvent la raison.
    .step-2 = Patientez un moment et relancez le test, surtout si le message parle de surcharge ou de trop nombreuses connexions.
    .step-3 = Demandez à votre fournisseur ou à l'administrateur du serveur si votre adresse ou votre réseau est bloqué.

finding-server-slow_response = Le serveur met du temps à répondre
    .explanation = Le serveur a mis plus de 3 secondes à envoyer son accueil. Il fonctionne encore, mais les applications peuvent dépasser leur délai d'attente, et cela signifie souvent que le serveur est surchargé ou lent à identifier l'adresse qui se connecte.
    .step-1 = Relancez le test plus tard pour voir si le retard persiste.
    .step-2 = Augmentez le délai de connexion dans votre application si elle abandonne trop tôt.
    .step-3 = Si vous gérez le serveur : vérifiez sa charge et s'il attend une résolution DNS inverse ou d'autres recherches avant d'envoyer son accueil.


## auth: signing in

finding-auth-invalid_credentials = Le nom d'utilisateur ou le mot de passe n'a pas été accepté
    .explanation = Le serveur a refusé la connexion. En général, le mot de passe ou le nom d'utilisateur est incorrect, mais de nombreux fournisseurs donnent la même réponse quand ils exigent un mot de passe d'application ou une autre méthode de connexion. Chez Microsoft, « LOGIN failed » ou « AUTHENTICATE failed » signifie par exemple le plus souvent que la connexion par mot de passe est désactivée pour le compte.
    .step-1 = Vérifiez le mot de passe : ressaisissez-le avec soin, en faisant attention au verrouillage des majuscules et à la langue du clavier.
    .step-2 = Vérifiez le nom d'utilisateur : la plupart des fournisseurs demandent votre adresse e-mail complète.
    .step-3 = Connectez-vous au webmail de votre fournisseur avec le même nom d'utilisateur et le même mot de passe pour vérifier qu'ils sont corrects.
    .step-4 = Si le webmail fonctionne mais pas l'application, vérifiez si votre fournisseur exige un mot de passe d'application pour les applications de messagerie.
    .gmail-explanation = Gmail a refusé la connexion. Gmail n'accepte plus votre mot de passe Google habituel depuis les applications de messagerie (comptes personnels depuis le 30 mai 2022, comptes professionnels et scolaires depuis l'automne 2024) : il faut donc généralement un mot de passe d'application ou « Se connecter avec Google » ; le mot de passe peut aussi être mal saisi ou révoqué.
    .gmail-step-1 = Utilisez l'adresse Gmail complète comme nom d'utilisateur.
    .gmail-step-2 = Activez la validation en deux étapes dans votre compte Google, sous Sécurité, si ce n'est pas déjà fait.
    .gmail-step-3 = Créez un mot de passe d'application dans votre compte Google (Sécurité, Validation en deux étapes, Mots de passe des applications) et utilisez-le à la place de votre mot de passe habituel.
    .gmail-step-4 = Utilisez plutôt « Se connecter avec Google » si votre application le propose (Apple Mail, Outlook et Thunderbird le font) ; votre mot de passe Google habituel y fonctionne.
    .gmail-step-5 = Pour un compte professionnel ou scolaire : demandez à votre administrateur si les mots de passe d'application ou les applications de messagerie sont autorisés.
    .yahoo-explanation = Yahoo a refusé la connexion. Yahoo donne la même réponse pour un mot de passe erroné et pour un mot de passe habituel utilisé là où un mot de passe d'application est requis, et les applications de messagerie ont besoin d'un mot de passe d'application.
    .yahoo-step-1 = Utilisez l'adresse Yahoo complète comme nom d'utilisateur.
    .yahoo-step-2 = Connectez-vous à Yahoo dans un navigateur, ouvrez Infos du compte, puis Sécurité du compte, et choisissez de générer un mot de passe d'application.
    .yahoo-step-3 = Utilisez le mot de passe d'application dans votre application à la place de votre mot de passe habituel.
    .aol-explanation = AOL a refusé la connexion. AOL donne la même réponse pour un mot de passe erroné et pour un mot de passe habituel utilisé là où un mot de passe d'application est requis, et les applications de messagerie ont besoin d'un mot de passe d'application.
    .aol-step-1 = Utilisez l'adresse AOL complète comme nom d'utilisateur.
    .aol-step-2 = Connectez-vous à AOL dans un navigateur, ouvrez Infos du compte, puis Sécurité du compte, et choisissez de générer un mot de passe d'application.
    .aol-step-3 = Utilisez le mot de passe d'application dans votre application à la place de votre mot de passe habituel.
    .icloud-explanation = iCloud a refusé la connexion. iCloud donne la même réponse pour un mot de passe erroné et pour le mot de passe de votre compte Apple utilisé là où un mot de passe pour app est requis, et les applications de messagerie ont besoin d'un mot de passe pour app.
    .icloud-step-1 = Utilisez comme nom d'utilisateur la partie de votre adresse iCloud avant le @ ; si elle est refusée, essayez l'adresse complète.
    .icloud-step-2 = Connectez-vous à votre compte Apple dans un navigateur, ouvrez Connexion et sécurité, puis Mots de passe pour app, et créez-en un ; l'identification à deux facteurs doit être activée.
    .icloud-step-3 = Utilisez le mot de passe pour app dans votre application à la place du mot de passe de votre compte Apple.
    .qq-explanation = QQ Mail a refusé la connexion. Les applications de messagerie doivent utiliser un code d'autorisation généré dans les paramètres de QQ Mail, et non votre mot de passe QQ.
    .qq-step-1 = Utilisez l'adresse QQ Mail complète comme nom d'utilisateur.
    .qq-step-2 = Dans QQ Mail sur le web, ouvrez Paramètres, puis Compte, et activez le service IMAP/SMTP (et POP3 si vous l'utilisez).
    .qq-step-3 = Générez-y un code d'autorisation et utilisez-le dans votre application à la place de votre mot de passe.
    .netease-explanation = NetEase Mail a refusé la connexion. Les applications de messagerie doivent utiliser un code d'autorisation client issu des paramètres de la boîte, et non le mot de passe du compte.
    .netease-step-1 = Utilisez l'adresse 163, 126 ou yeah.net complète comme nom d'utilisateur.
    .netease-step-2 = Dans la boîte en ligne, ouvrez Paramètres, puis POP3/SMTP/IMAP, et activez le service IMAP/SMTP (et POP3 si vous l'utilisez).
    .netease-step-3 = Créez-y un code d'autorisation client et utilisez-le dans votre application à la place de votre mot de passe.
    .netease126-explanation = NetEase Mail a refusé la connexion. Les applications de messagerie doivent utiliser un code d'autorisation client issu des paramètres de la boîte, et non le mot de passe du compte.
    .netease126-step-1 = Utilisez l'adresse 163, 126 ou yeah.net complète comme nom d'utilisateur.
    .netease126-step-2 = Dans la boîte en ligne, ouvrez Paramètres, puis POP3/SMTP/IMAP, et activez le service IMAP/SMTP (et POP3 si vous l'utilisez).
    .netease126-step-3 = Créez-y un code d'autorisation client et utilisez-le dans votre application à la place de votre mot de passe.
    .neteaseyeah-explanation = NetEase Mail a refusé la connexion. Les applications de messagerie doivent utiliser un code d'autorisation client issu des paramètres de la boîte, et non le mot de passe du compte.
    .neteaseyeah-step-1 = Utilisez l'adresse 163, 126 ou yeah.net complète comme nom d'utilisateur.
    .neteaseyeah-step-2 = Dans la boîte en ligne, ouvrez Paramètres, puis POP3/SMTP/IMAP, et activez le service IMAP/SMTP (et POP3 si vous l'utilisez).
    .neteaseyeah-step-3 = Créez-y un code d'autorisation client et utilisez-le dans votre application à la place de votre mot de passe.
    .outlook-explanation = Outlook.com a refusé la connexion. Depuis le 16 septembre 2024, Outlook.com n'accepte plus du tout les mots de passe des applications de messagerie, seulement la connexion Microsoft (OAuth) : même un mot de passe correct est donc refusé.
    .outlook-step-1 = Utilisez une application de messagerie compatible avec la connexion Microsoft, comme Outlook, Apple Mail ou Thunderbird avec OAuth.
    .outlook-step-2 = Supprimez le compte de votre application et ajoutez-le à nouveau en choisissant la connexion Microsoft (dans Thunderbird : méthode d'authentification OAuth2).
    .outlook-step-3 = Connectez-vous à outlook.com dans un navigateur pour vérifier que le compte lui-même fonctionne.
    .microsoft365-explanation = Microsoft 365 a refusé la connexion. Pour IMAP et POP, la connexion par mot de passe a été désactivée fin 2022 : « LOGIN failed » ou « AUTHENTICATE failed » chez Microsoft signifie donc le plus souvent que la connexion par mot de passe est désactivée plutôt qu'un mot de passe erroné ; ce peut aussi être un mot de passe erroné.
    .microsoft365-step-1 = Utilisez une application compatible avec la connexion Microsoft, comme Outlook, Apple Mail ou Thunderbird avec OAuth, et ajoutez à nouveau le compte avec la connexion Microsoft.
    .microsoft365-step-2 = Connectez-vous à office.com dans un navigateur avec le même compte pour vérifier que le mot de passe est correct.
    .microsoft365-step-3 = Pour envoyer avec un mot de passe (SMTP AUTH) : demandez à votre administrateur d'autoriser SMTP authentifié pour votre boîte ; Microsoft le désactive par défaut fin décembre 2026.
    .microsoft365-step-4 = Demandez à votre administrateur si les paramètres de sécurité par défaut ou l'accès conditionnel bloquent les applications de messagerie pour votre compte.
    .gmx-explanation = GMX a refusé la connexion. GMX donne la même réponse pour un mot de passe erroné et pour un compte dont l'accès POP3 et IMAP est désactivé.
    .gmx-step-1 = Utilisez l'adresse GMX complète comme nom d'utilisateur, et vérifiez le mot de passe en vous connectant à GMX dans un navigateur.
    .gmx-step-2 = Dans GMX sur le web, ouvrez Paramètres, puis POP3 & IMAP, et autorisez l'accès par POP3 et IMAP.
    .gmx-step-3 = Relancez le test après avoir enregistré le paramètre.
    .gmxnet-explanation = GMX a refusé la connexion. GMX donne la même réponse pour un mot de passe erroné et pour un compte dont l'accès POP3 et IMAP est désactivé.
    .gmxnet-step-1 = Utilisez l'adresse GMX complète comme nom d'utilisateur, et vérifiez le mot de passe en vous connectant à GMX dans un navigateur.
    .gmxnet-step-2 = Dans GMX sur le web, ouvrez Paramètres, puis POP3 & IMAP, et autorisez l'accès par POP3 et IMAP.
    .gmxnet-step-3 = Relancez le test après avoir enregistré le paramètre.
    .webde-explanation = WEB.DE a refusé la connexion. WEB.DE donne la même réponse pour un mot de passe erroné et pour un compte dont l'accès POP3 et IMAP est désactivé.
    .webde-step-1 = Utilisez l'adresse WEB.DE complète comme nom d'utilisateur, et vérifiez le mot de passe en vous connectant à WEB.DE dans un navigateur.
    .webde-step-2 = Dans WEB.DE sur le web, ouvrez Paramètres, puis POP3/IMAP, et autorisez l'accès par POP3 et IMAP.
    .webde-step-3 = Relancez le test après avoir enregistré le paramètre.
    .yandex-explanation = Yandex a refusé la connexion. Yandex donne la même réponse pour un mot de passe erroné, pour un compte dont l'accès des applications est désactivé et pour un mot de passe habituel utilisé là où un mot de passe d'application est requis.
    .yandex-step-1 = Dans Yandex Mail sur le web, ouvrez les paramètres des clients de messagerie et autorisez l'accès par IMAP.
    .yandex-step-2 = Créez un mot de passe d'application pour le courrier dans les paramètres de sécurité de votre Yandex ID.
    .yandex-step-3 = Utilisez l'adresse complète comme nom d'utilisateur et le mot de passe d'application comme mot de passe.

finding-auth-app_password_required = Ce compte nécessite un mot de passe d'application
    .explanation = Votre fournisseur n'accepte pas votre mot de passe habituel depuis les applications de messagerie, généralement parce que la connexion en deux étapes est activée. Il exige un mot de passe d'application distinct, créé dans les paramètres de sécurité du compte, uniquement pour les applications de messagerie.
    .step-1 = Connectez-vous au site de votre fournisseur et ouvrez les paramètres de sécurité du compte.
    .step-2 = Créez un mot de passe d'application pour la messagerie (certains fournisseurs parlent de mot de passe pour app ou de code d'autorisation).
    .step-3 = Utilisez le mot de passe d'application dans votre application à la place de votre mot de passe habituel.
    .step-4 = Gardez le mot de passe d'application pour vous ; vous pouvez le révoquer à tout moment au même endroit.
    .gmail-step-1 = Activez la validation en deux étapes dans votre compte Google, sous Sécurité, si ce n'est pas déjà fait.
    .gmail-step-2 = Créez un mot de passe d'application dans votre compte Google (Sécurité, Validation en deux étapes, Mots de passe des applications).
    .gmail-step-3 = Utilisez le mot de passe d'application dans votre application à la place de votre mot de passe Google habituel, avec l'adresse Gmail complète comme nom d'utilisateur.
    .gmail-step-4 = Utilisez plutôt « Se connecter avec Google » si votre application le propose ; votre mot de passe Google habituel y fonctionne.
    .yahoo-step-1 = Connectez-vous à Yahoo dans un navigateur et ouvrez Infos du compte, puis Sécurité du compte.
    .yahoo-step-2 = Activez la validation en deux étapes si ce n'est pas déjà fait.
    .yahoo-step-3 = Choisissez de générer un mot de passe d'application et utilisez-le dans votre application à la place de votre mot de passe habituel.
    .aol-step-1 = Connectez-vous à AOL dans un navigateur et ouvrez Infos du compte, puis Sécurité du compte.
    .aol-step-2 = Activez la validation en deux étapes si ce n'est pas déjà fait.
    .aol-step-3 = Choisissez de générer un mot de passe d'application et utilisez-le dans votre application à la place de votre mot de passe habituel.
    .icloud-step-1 = Connectez-vous à votre compte Apple dans un navigateur et ouvrez Connexion et sécurité.
    .icloud-step-2 = Activez l'identification à deux facteurs si ce n'est pas déjà fait.
    .icloud-step-3 = Ouvrez Mots de passe pour app, créez-en un et utilisez-le dans votre application à la place du mot de passe de votre compte Apple.
    .qq-explanation = QQ Mail demande un code d'autorisation : les applications de messagerie ne peuvent pas se connecter avec votre mot de passe QQ.
    .qq-step-1 = Dans QQ Mail sur le web, ouvrez Paramètres, puis Compte.
    .qq-step-2 = Activez le service IMAP/SMTP (et POP3 si vous l'utilisez) et confirmez par SMS si on vous le demande.
    .qq-step-3 = Générez un code d'autorisation et utilisez-le dans votre application à la place de votre mot de passe.
    .netease-explanation = NetEase Mail demande un code d'autorisation client : les applications de messagerie ne peuvent pas se connecter avec le mot de passe du compte.
    .netease-step-1 = Dans la boîte en ligne 163, 126 ou yeah.net, ouvrez Paramètres, puis POP3/SMTP/IMAP.
    .netease-step-2 = Activez le service IMAP/SMTP (et POP3 si vous l'utilisez).
    .netease-step-3 = Créez un code d'autorisation client et utilisez-le dans votre application à la place de votre mot de passe.
    .netease126-explanation = NetEase Mail demande un code d'autorisation client : les applications de messagerie ne peuvent pas se connecter avec le mot de passe du compte.
    .netease126-step-1 = Dans la boîte en ligne 163, 126 ou yeah.net, ouvrez Paramètres, puis POP3/SMTP/IMAP.
    .netease126-step-2 = Activez le service IMAP/SMTP (et POP3 si vous l'utilisez).
    .netease126-step-3 = Créez un code d'autorisation client et utilisez-le dans votre application à la place de votre mot de passe.
    .neteaseyeah-explanation = NetEase Mail demande un code d'autorisation client : les applications de messagerie ne peuvent pas se connecter avec le mot de passe du compte.
    .neteaseyeah-step-1 = Dans la boîte en ligne 163, 126 ou yeah.net, ouvrez Paramètres, puis POP3/SMTP/IMAP.
    .neteaseyeah-step-2 = Activez le service IMAP/SMTP (et POP3 si vous l'utilisez).
    .neteaseyeah-step-3 = Créez un code d'autorisation client et utilisez-le dans votre application à la place de votre mot de passe.

finding-auth-web_login_required = Votre fournisseur veut d'abord que vous vous connectiez sur son site
    .explanation = Le fournisseur a bloqué cette connexion jusqu'à ce que vous la confirmiez sur son site, souvent parce qu'elle venait d'un nouveau lieu ou d'un nouvel appareil, ou parce qu'il a jugé l'application peu sûre. Votre mot de passe est peut-être tout à fait correct.
    .step-1 = Connectez-vous au webmail de votre fournisseur dans un navigateur, de préférence sur le même réseau que votre application.
    .step-2 = Effectuez la vérification de sécurité ou confirmez la tentative de connexion si on vous le demande.
    .step-3 = Relancez le test dans les minutes qui suivent.
    .step-4 = Si cela se reproduit, vérifiez si votre fournisseur exige un mot de passe d'application pour les applications de messagerie.
    .gmail-step-1 = Connectez-vous à Gmail dans un navigateur sur le même réseau et effectuez la vérification de sécurité éventuelle.
    .gmail-step-2 = Dans votre compte Google, sous Sécurité, consultez l'activité récente liée à la sécurité et confirmez que c'était bien vous.
    .gmail-step-3 = Utilisez un mot de passe d'application (compte Google, Sécurité, Validation en deux étapes, Mots de passe des applications) dans votre application, ou une application avec « Se connecter avec Google ».
    .gmail-step-4 = Relancez le test dans les minutes qui suivent.
    .yahoo-step-1 = Connectez-vous à Yahoo Mail dans un navigateur et effectuez la vérification de sécurité éventuelle.
    .yahoo-step-2 = Créez un mot de passe d'application dans Infos du compte, Sécurité du compte, et utilisez-le dans votre application.
    .yahoo-step-3 = Relancez le test dans les minutes qui suivent.
    .aol-step-1 = Connectez-vous à AOL Mail dans un navigateur et effectuez la vérification de sécurité éventuelle.
    .aol-step-2 = Créez un mot de passe d'application dans Infos du compte, Sécurité du compte, et utilisez-le dans votre application.
    .aol-step-3 = Relancez le test dans les minutes qui suivent.
    .icloud-step-1 = Connectez-vous à icloud.com dans un navigateur et acceptez les conditions ou les invites de sécurité affichées.
    .icloud-step-2 = Créez un mot de passe pour app dans votre compte Apple, sous Connexion et sécurité, et utilisez-le dans votre application.
    .icloud-step-3 = Relancez le test dans les minutes qui suivent.
    .qq-step-1 = Connectez-vous à QQ Mail dans un navigateur et effectuez la vérification de sécurité éventuelle.
    .qq-step-2 = Vérifiez dans Paramètres, Compte que le service IMAP/SMTP est activé, et générez un nouveau code d'autorisation si besoin.
    .qq-step-3 = Utilisez le code d'autorisation dans votre application et relancez le test.
    .netease-step-1 = Connectez-vous à la boîte en ligne NetEase dans un navigateur et effectuez la vérification de sécurité éventuelle.
    .netease-step-2 = Vérifiez dans Paramètres, POP3/SMTP/IMAP que le service IMAP/SMTP est activé, et créez un nouveau code d'autorisation client si besoin.
    .netease-step-3 = Utilisez le code d'autorisation dans votre application et relancez le test.
    .netease-step-4 = Si le serveur indique « Unsafe Login » après la connexion : NetEase refuse les applications qui ne s'identifient pas ; utilisez Thunderbird, Apple Mail, Outlook ou l'application NetEase, ou POP3 au lieu d'IMAP.
    .netease126-step-1 = Connectez-vous à la boîte en ligne NetEase dans un navigateur et effectuez la vérification de sécurité éventuelle.
    .netease126-step-2 = Vérifiez dans Paramètres, POP3/SMTP/IMAP que le service IMAP/SMTP est activé, et créez un nouveau code d'autorisation client si besoin.
    .netease126-step-3 = Utilisez le code d'autorisation dans votre application et relancez le test.
    .netease126-step-4 = Si le serveur indique « Unsafe Login » après la connexion : NetEase refuse les applications qui ne s'identifient pas ; utilisez Thunderbird, Apple Mail, Outlook ou l'application NetEase, ou POP3 au lieu d'IMAP.
    .neteaseyeah-step-1 = Connectez-vous à la boîte en ligne NetEase dans un navigateur et effectuez la vérification de sécurité éventuelle.
    .neteaseyeah-step-2 = Vérifiez dans Paramètres, POP3/SMTP/IMAP que le service IMAP/SMTP est activé, et créez un nouveau code d'autorisation client si besoin.
    .neteaseyeah-step-3 = Utilisez le code d'autorisation dans votre application et relancez le test.
    .neteaseyeah-step-4 = Si le serveur indique « Unsafe Login » après la connexion : NetEase refuse les applications qui ne s'identifient pas ; utilisez Thunderbird, Apple Mail, Outlook ou l'application NetEase, ou POP3 au lieu d'IMAP.

finding-auth-basic_auth_disabled = Ce compte n'accepte pas les mots de passe des applications de messagerie
    .explanation = Le serveur n'autorise que la connexion moderne (OAuth), où vous vous connectez sur la page du fournisseur : un mot de passe est donc refusé même s'il est correct. maildoctor teste la connexion avec un mot de passe et ne peut donc pas aller plus loin ici.
    .step-1 = Utilisez une application qui prend en charge la connexion propre au fournisseur (souvent affichée « Se connecter avec … » ou OAuth2).
    .step-2 = Supprimez le compte de votre application et ajoutez-le à nouveau en choisissant cette méthode de connexion.
    .step-3 = S'il s'agit d'un compte professionnel : demandez à votre administrateur si la connexion par mot de passe peut être autorisée pour votre boîte.
    .outlook-explanation = Outlook.com n'accepte plus les mots de passe des applications de messagerie depuis le 16 septembre 2024. Seule la connexion Microsoft (OAuth) fonctionne désormais : même un mot de passe correct est refusé.
    .outlook-step-1 = Utilisez une application compatible avec la connexion Microsoft, comme Outlook, Apple Mail ou Thunderbird avec OAuth.
    .outlook-step-2 = Supprimez le compte de votre application et ajoutez-le à nouveau en choisissant la connexion Microsoft (dans Thunderbird : méthode d'authentification OAuth2).
    .outlook-step-3 = Mettez à jour votre application si elle ne propose pas la connexion Microsoft ; les anciennes versions ne connaissent que les mots de passe.
    .microsoft365-explanation = Microsoft 365 n'accepte plus les mots de passe pour IMAP et POP depuis fin 2022 : seule la connexion Microsoft (OAuth) y fonctionne. L'envoi avec un mot de passe (SMTP AUTH) fonctionne encore là où l'administrateur l'autorise, jusqu'à ce que Microsoft le désactive par défaut fin décembre 2026.
    .microsoft365-step-1 = Utilisez une application compatible avec la connexion Microsoft, comme Outlook, Apple Mail ou Thunderbird avec OAuth, et ajoutez à nouveau le compte avec la connexion Microsoft.
    .microsoft365-step-2 = Pour envoyer avec un mot de passe : demandez à votre administrateur d'autoriser SMTP authentifié pour votre boîte dans le centre d'administration Microsoft 365 (Utilisateurs, Courrier, Gérer les applications de messagerie).
    .microsoft365-step-3 = Demandez à votre administrateur si les paramètres de sécurité par défaut ou l'accès conditionnel bloquent la connexion par mot de passe pour votre compte.
    .microsoft365-step-4 = Prévoyez de passer à OAuth, avant fin décembre 2026, les appareils et scripts qui envoient avec un mot de passe.

finding-auth-protocol_disabled = IMAP, POP ou l'envoi depuis les applications est désactivé pour ce compte
    .explanation = Votre mot de passe est peut-être correct, mais le compte n'a pas le droit d'utiliser ce type d'accès (IMAP, POP ou l'envoi SMTP depuis une application). De nombreux fournisseurs permettent de l'activer dans les paramètres web ; en entreprise, c'est l'administrateur qui décide.
    .step-1 = Connectez-vous au webmail de votre fournisseur et cherchez dans les paramètres l'accès IMAP, POP ou des applications de messagerie.
    .step-2 = Activez l'accès pour le type que vous configurez (IMAP ou POP), puis enregistrez.
    .step-3 = Si le paramètre n'existe pas ou ne peut pas être modifié : demandez à votre administrateur ou à votre fournisseur d'activer IMAP ou POP pour votre compte.
    .step-4 = Relancez le test après quelques minutes.
    .gmail-explanation = Gmail a refusé ce type d'accès. IMAP est toujours activé pour les comptes Gmail personnels depuis janvier 2025 : un refus de connexion IMAP indique donc un compte professionnel ou scolaire dont l'administrateur l'a désactivé ; POP a toujours son propre interrupteur.
    .gmail-step-1 = Pour POP : dans Gmail sur le web, ouvrez Paramètres, Voir tous les paramètres, Transfert et POP/IMAP, puis activez POP.
    .gmail-step-2 = Pour IMAP sur un compte professionnel ou scolaire : demandez à votre administrateur Google Workspace de vous autoriser l'accès POP et IMAP (console d'administration, Applications, Google Workspace, Gmail, Accès des utilisateurs finaux).
    .gmail-step-3 = Relancez le test quelques minutes après la modification, le temps qu'elle s'applique.
    .gmx-step-1 = Connectez-vous à GMX dans un navigateur et ouvrez Paramètres, puis POP3 & IMAP.
    .gmx-step-2 = Autorisez l'accès à ce compte par POP3 et IMAP, puis enregistrez.
    .gmx-step-3 = Relancez le test avec l'adresse GMX complète comme nom d'utilisateur.
    .gmxnet-step-1 = Connectez-vous à GMX dans un navigateur et ouvrez Paramètres, puis POP3 & IMAP.
    .gmxnet-step-2 = Autorisez l'accès à ce compte par POP3 et IMAP, puis enregistrez.
    .gmxnet-step-3 = Relancez le test avec l'adresse GMX complète comme nom d'utilisateur.
    .webde-step-1 = Connectez-vous à WEB.DE dans un navigateur et ouvrez Paramètres, puis POP3/IMAP.
    .webde-step-2 = Autorisez l'accès à ce compte par POP3 et IMAP, puis enregistrez.
    .webde-step-3 = Relancez le test avec l'adresse WEB.DE complète comme nom d'utilisateur.
    .qq-step-1 = Dans QQ Mail sur le web, ouvrez Paramètres, puis Compte.
    .qq-step-2 = Activez le service IMAP/SMTP (et POP3 si vous l'utilisez).
    .qq-step-3 = Générez-y un code d'autorisation et utilisez-le comme mot de passe dans votre application.
    .netease-step-1 = Dans la boîte en ligne NetEase, ouvrez Paramètres, puis POP3/SMTP/IMAP.
    .netease-step-2 = Activez le service IMAP/SMTP (et POP3 si vous l'utilisez).
    .netease-step-3 = Créez-y un code d'autorisation client et utilisez-le comme mot de passe dans votre application.
    .netease126-step-1 = Dans la boîte en ligne NetEase, ouvrez Paramètres, puis POP3/SMTP/IMAP.
    .netease126-step-2 = Activez le service IMAP/SMTP (et POP3 si vous l'utilisez).
    .netease126-step-3 = Créez-y un code d'autorisation client et utilisez-le comme mot de passe dans votre application.
    .neteaseyeah-step-1 = Dans la boîte en ligne NetEase, ouvrez Paramètres, puis POP3/SMTP/IMAP.
    .neteaseyeah-step-2 = Activez le service IMAP/SMTP (et POP3 si vous l'utilisez).
    .neteaseyeah-step-3 = Créez-y un code d'autorisation client et utilisez-le comme mot de passe dans votre application.

finding-auth-plaintext_disallowed = Le serveur n'accepte pas de mot de passe sans chiffrement
    .explanation = Le serveur refuse de recevoir un mot de passe sur une connexion non chiffrée, ce qui vous protège. La connexion doit d'abord utiliser SSL/TLS ou STARTTLS.
    .step-1 = Dans votre application, choisissez SSL/TLS avec le port 993 (IMAP), 995 (POP) ou 465 (SMTP), ou STARTTLS avec le port 143 (IMAP), 110 (POP) ou 587 (SMTP).
    .step-2 = Choisissez un paramètre qui chiffre toujours, et non « si disponible ».
    .step-3 = Relancez le test avec le chiffrement activé.

finding-auth-mechanism_unsupported = Le serveur ne propose aucune méthode de connexion utilisable ici
    .explanation = Le serveur et maildoctor n'ont aucune méthode de connexion par mot de passe en commun, ou la connexion n'est pas du tout proposée sur ce port. Cela arrive sur les ports réservés au courrier entre serveurs, comme le 25, et sur les serveurs qui n'autorisent qu'OAuth ou la connexion par certificat.
    .step-1 = Pour l'envoi, utilisez le port 587 avec STARTTLS ou le port 465 avec SSL/TLS, et non le port 25.
    .step-2 = Vérifiez que le chiffrement est activé : beaucoup de serveurs ne proposent la connexion qu'après SSL/TLS ou STARTTLS.
    .step-3 = Si vous gérez le serveur : activez la connexion par mot de passe (par exemple PLAIN ou LOGIN sur TLS) sur ce port.

finding-auth-account_locked = Le compte est verrouillé ou désactivé
    .explanation = Le serveur indique que le compte est verrouillé, désactivé ou suspendu : aucun mot de passe ne fonctionnera pour le moment. Les fournisseurs le font après une activité suspecte, pour un service impayé ou quand un administrateur bloque le compte.
    .step-1 = Connectez-vous au webmail de votre fournisseur dans un navigateur pour savoir pourquoi le compte est verrouillé et comment le débloquer.
    .step-2 = Suivez les étapes du fournisseur pour récupérer le compte, comme la confirmation de votre identité ou la réinitialisation du mot de passe.
    .step-3 = Pour un compte professionnel ou scolaire : demandez à votre administrateur de le débloquer.

finding-auth-too_many_failures = Trop de connexions échouées : le serveur bloque pendant un moment
    .explanation = Après plusieurs connexions échouées, le serveur ou un système de sécurité placé devant lui refuse temporairement les connexions pour ce compte ou depuis votre adresse réseau, parfois même avec le bon mot de passe. Le blocage se lève généralement de lui-même au bout de quelques minutes à une heure.
    .step-1 = Arrêtez toutes les applications et tous les appareils qui utilisent ce compte, pour qu'ils cessent de réessayer avec un ancien mot de passe.
    .step-2 = Attendez au moins 15 minutes, ou une heure si le blocage revient.
    .step-3 = Vérifiez le mot de passe en vous connectant au webmail, puis mettez-le à jour dans chaque application avant de les relancer.
    .step-4 = Si le serveur indique que votre adresse est bannie ou bloquée : demandez à l'administrateur du serveur de lever le blocage, et vérifiez si votre fournisseur exige un mot de passe d'application.

finding-auth-server_error = Le serveur de messagerie a rencontré un problème temporaire
    .explanation = Le serveur a indiqué qu'il ne peut pas vous servir pour le moment à cause d'un problème de son côté : il est surchargé, redémarre, est en maintenance, ou l'un de ses éléments, comme la base de connexion, est en panne. Cela ne concerne ni votre mot de passe ni vos paramètres.
    .step-1 = Patientez quelques minutes et relancez le test.
    .step-2 = Consultez la page d'état de votre fournisseur pour voir s'il y a une panne.
    .step-3 = Ne modifiez ni votre mot de passe ni vos paramètres à cause de ce message : ils n'en sont pas la cause.
    .step-4 = Si cela dure : prévenez votre fournisseur ou l'administrateur du serveur, en joignant le message du serveur ci-dessous.

finding-auth-failed_unclassified = La connexion a échoué pour une raison que maildoctor ne reconnaît pas
    .explanation = Le serveur a refusé la connexion avec un message pour lequel maildoctor n'a pas de règle. Les propres mots du serveur, indiqués ci-dessous, disent généralement ce qui ne va pas.
    .step-1 = Lisez le message du serveur ci-dessous pour y trouver une raison, comme un pays bloqué ou une règle.
    .step-2 = Vérifiez le nom d'utilisateur et le mot de passe en vous connectant au webmail.
    .step-3 = Adressez-vous à votre fournisseur ou à l'administrateur du serveur en citant le message du serveur ci-dessous.

finding-auth-skipped_no_credentials = La connexion n'a pas été testée
    .explanation = Aucun nom d'utilisateur ni mot de passe n'a été fourni : le test s'est donc arrêté après avoir vérifié que le serveur est joignable et répond correctement. Tout ce qui précède la connexion a été testé.
    .step-1 = Relancez le test avec votre nom d'utilisateur et votre mot de passe pour vérifier aussi la connexion.
    .step-2 = Utilisez un mot de passe d'application si votre fournisseur en exige un pour les applications de messagerie.

finding-auth-skipped_insecure = Le mot de passe n'a pas été envoyé, car la connexion n'est pas sûre
    .explanation = La connexion n'était pas chiffrée, ou son certificat n'a pas passé les contrôles : n'importe qui sur le trajet aurait pu lire ou intercepter le mot de passe. maildoctor n'envoie jamais de mot de passe sur une telle connexion sans qu'on le lui demande : la connexion n'a donc pas été testée.
    .step-1 = Corrigez d'abord le problème de chiffrement détecté par ce test : choisissez SSL/TLS (ports 993, 995, 465) ou STARTTLS (ports 143, 110, 587), ou corrigez le certificat.
    .step-2 = Utilisez les mêmes paramètres chiffrés dans votre application.
    .step-3 = Uniquement pour un serveur de test de confiance sur un réseau privé : autorisez tout de même le mot de passe avec l'option allow_insecure_auth, ou trust_certificate pour un problème de certificat.

finding-auth-password_expired = Le mot de passe a expiré
    .explanation = Le mot de passe est correct mais trop ancien : le serveur exige que vous en définissiez un nouveau avant de vous laisser entrer. Les applications de messagerie ne peuvent pas changer le mot de passe à votre place.
    .step-1 = Connectez-vous au webmail ou à la page de compte de votre fournisseur dans un navigateur et définissez un nouveau mot de passe quand on vous le demande.
    .step-2 = Mettez à jour le mot de passe dans chaque application et chaque appareil qui utilise ce compte.
    .step-3 = Pour un compte professionnel ou scolaire : demandez à votre administrateur si la page web ne propose pas de changer le mot de passe.

finding-auth-oauth_token_invalid = Le jeton de connexion a été refusé
    .explanation = Le serveur a refusé le jeton de connexion OAuth : il a peut-être expiré, été délivré pour un autre compte ou ne pas avoir l'autorisation d'accéder au courrier.
    .step-1 = Supprimez le compte de votre application et ajoutez-le à nouveau en vous connectant via la page du fournisseur.
    .step-2 = Veillez à vous connecter avec le même compte que la boîte que vous configurez.
    .step-3 = Si vous gérez l'application : demandez l'autorisation (scope) de messagerie pour IMAP, POP ou SMTP et renouvelez le jeton avant son expiration.
    .gmail-explanation = Gmail a refusé le jeton de connexion OAuth. Sa réponse (décodée ci-dessous) indique l'autorisation dont un jeton a besoin pour le courrier : le scope https://mail.google.com/. Un jeton expiré (au bout d'environ une heure), délivré pour un autre compte Google ou sans ce scope est refusé de cette façon.
    .gmail-step-1 = Obtenez un nouveau jeton d'accès : les jetons de Google expirent au bout d'environ une heure, renouvelez-le donc avec le jeton d'actualisation de l'application.
    .gmail-step-2 = Demandez le scope https://mail.google.com/ à la délivrance du jeton ; les autres scopes Gmail ne permettent ni IMAP, ni POP, ni SMTP.
    .gmail-step-3 = Utilisez comme nom d'utilisateur le compte Google pour lequel le jeton a été délivré.
    .gmail-step-4 = Pour un compte professionnel ou scolaire : demandez à votre administrateur si l'application est autorisée à accéder à Gmail dans la console d'administration Google.
    .microsoft365-explanation = Microsoft 365 a refusé le jeton de connexion OAuth. Il répond de la même façon pour un jeton expiré, délivré pour une autre boîte que le nom d'utilisateur ou sans l'autorisation (scope) pour ce protocole.
    .microsoft365-step-1 = Demandez un jeton avec le scope du protocole utilisé : https://outlook.office.com/IMAP.AccessAsUser.All pour IMAP, https://outlook.office.com/POP.AccessAsUser.All pour POP, https://outlook.office.com/SMTP.Send pour l'envoi, plus offline_access pour le renouveler.
    .microsoft365-step-2 = Utilisez l'adresse de la boîte elle-même comme nom d'utilisateur : le jeton doit être délivré pour ce même compte.
    .microsoft365-step-3 = Obtenez un nouveau jeton s'il a plus d'une heure environ.
    .microsoft365-step-4 = Demandez à votre administrateur de vérifier qu'IMAP, POP ou SMTP authentifié est activé pour la boîte (centre d'administration Microsoft 365, paramètres de courrier de l'utilisateur) : un protocole désactivé refuse aussi les jetons.
    .outlook-explanation = Outlook.com a refusé le jeton de connexion OAuth : il a expiré, a été délivré pour un autre compte ou n'a pas l'autorisation (scope) pour ce protocole.
    .outlook-step-1 = Demandez un jeton avec le scope du protocole utilisé : https://outlook.office.com/IMAP.AccessAsUser.All, https://outlook.office.com/POP.AccessAsUser.All ou https://outlook.office.com/SMTP.Send, plus offline_access.
    .outlook-step-2 = Utilisez comme nom d'utilisateur l'adresse Outlook.com pour laquelle le jeton a été délivré.
    .outlook-step-3 = Obtenez un nouveau jeton s'il a plus d'une heure environ.

finding-auth-skipped_cooldown = La connexion n'a pas été testée, car ce compte a été vérifié trop souvent à l'instant
    .explanation = Ce compte a été vérifié avec un mot de passe plusieurs fois ces dernières minutes, depuis ici ou par d'autres personnes utilisant ce service. Pour éviter que votre fournisseur ne verrouille le compte, le mot de passe n'a pas été envoyé cette fois ; tout ce qui précède la connexion a tout de même été testé.
    .step-1 = Attendez le temps indiqué ci-dessous, puis relancez le test.
    .step-2 = Assurez-vous que personne d'autre ne teste le même compte au même moment.
    .step-3 = Si la connexion a échoué lors des tests précédents, vérifiez le mot de passe dans le webmail de votre fournisseur avant de réessayer, pour que le prochain test compte.


## limits: connection and usage limits

finding-limits-too_many_connections = Trop de connexions simultanées à ce compte ou depuis cette adresse
    .explanation = Le serveur n'autorise que quelques connexions simultanées, par compte ou par adresse réseau, et elles sont toutes utilisées. Chaque application, téléphone et ordinateur en ouvre une ou plusieurs ; derrière une même box ou un même routeur, ils partagent tous une seule adresse.
    .step-1 = Fermez les applications de messagerie sur les appareils que vous n'utilisez pas en ce moment, ou retirez le compte des anciens appareils.
    .step-2 = Dans votre application, réduisez le nombre de connexions simultanées si elle propose ce réglage.
    .step-3 = Attendez quelques minutes que les anciennes connexions expirent, puis relancez le test.
    .step-4 = Si le serveur a refusé la connexion elle-même (avant toute authentification), demandez à son administrateur si votre adresse réseau est soumise à une limite de connexions.
    .gmail-explanation = Gmail autorise au plus 15 connexions IMAP simultanées par compte. Une fois cette limite atteinte, Gmail peut répondre « Invalid credentials » pendant un moment même si le mot de passe est correct.
    .gmail-step-1 = Fermez Gmail dans les applications des appareils que vous n'utilisez pas en ce moment, ou retirez le compte des anciens appareils.
    .gmail-step-2 = Dans votre application, réduisez le nombre de connexions simultanées, pour que l'ensemble de vos appareils reste sous 15.
    .gmail-step-3 = Attendez environ 10 minutes que les anciennes connexions se ferment avant de refaire un test ou de changer votre mot de passe.

finding-limits-bandwidth_exceeded = Le compte a atteint sa limite quotidienne de téléchargement
    .explanation = Le fournisseur limite la quantité de courrier téléchargeable par jour, ou le nombre de commandes envoyées, et ce compte a atteint la limite. La synchronisation s'arrête jusqu'à la réinitialisation de la limite, généralement sous 24 heures.
    .step-1 = Attendez que la limite soit réinitialisée, en général sous un jour, avant de synchroniser à nouveau.
    .step-2 = Cherchez les applications ou outils de sauvegarde qui téléchargent toute la boîte encore et encore, et arrêtez-les.
    .step-3 = Réglez les applications volumineuses pour qu'elles ne synchronisent que les dossiers nécessaires.
    .gmail-explanation = Gmail limite les téléchargements IMAP à 2 500 Mo par jour et les envois à 500 Mo par jour et par compte. Quand une application ou un outil dépasse ce seuil, Gmail suspend l'accès pendant 24 heures au maximum.
    .gmail-step-1 = Attendez jusqu'à 24 heures avant de synchroniser à nouveau ; la limite se réinitialise d'elle-même.
    .gmail-step-2 = Arrêtez les outils qui copient ou sauvegardent toute la boîte, et réglez-les pour qu'ils travaillent par petites parties sur plusieurs jours.
    .gmail-step-3 = Dans votre application, ne synchronisez que les dossiers nécessaires.
    .gmail-step-4 = Pour un compte professionnel ou scolaire : demandez à votre administrateur, qui peut voir la limite dans la console d'administration Google.

finding-limits-connection_limit_measured = Nombre de connexions autorisées par le serveur
    .explanation = maildoctor a ouvert plusieurs connexions simultanées pour voir combien ce compte peut en utiliser ; le nombre autorisé est indiqué ci-dessous. C'est une information, pas un problème.
    .step-1 = Gardez le nombre total de connexions de toutes vos applications et de tous vos appareils sous le nombre indiqué.
    .step-2 = Si vous atteignez souvent la limite : réduisez le réglage de connexions simultanées dans vos applications.

finding-limits-throttled = Le serveur ralentit ce compte
    .explanation = Le serveur fonctionne encore mais ralentit volontairement ce compte, généralement parce qu'il a beaucoup synchronisé récemment. Le courrier peut arriver en retard jusqu'à ce que cela se calme.
    .step-1 = Laissez l'application terminer sa synchronisation en cours sans la redémarrer.
    .step-2 = Vérifiez si plusieurs applications ou outils synchronisent le même compte en même temps, et arrêtez ceux dont vous n'avez pas besoin.
    .step-3 = Relancez le test plus tard pour voir si le ralentissement a disparu.


## mailbox: the mailbox itself

finding-mailbox-folder_too_large = Un dossier contient un très grand nombre de messages
    .explanation = Un dossier contient plus de 10 000 messages. Avec des dossiers aussi volumineux, beaucoup d'applications de messagerie deviennent lentes, plantent ou cessent de synchroniser.
    .step-1 = Déplacez les anciens messages dans des dossiers d'archives, par exemple un par année.
    .step-2 = Dans votre application, ne synchronisez que le courrier récent ou les dossiers nécessaires.
    .step-3 = Supprimez ou videz les dossiers inutiles, comme la Corbeille et les Spams.

finding-mailbox-over_quota = La boîte aux lettres est pleine
    .explanation = La boîte aux lettres a utilisé tout son espace de stockage. Les nouveaux messages peuvent être renvoyés aux expéditeurs, et certaines applications cessent de synchroniser.
    .step-1 = Supprimez les messages et pièces jointes volumineux dont vous n'avez pas besoin, et videz la Corbeille et les Spams.
    .step-2 = Consultez l'espace utilisé dans les paramètres web de votre fournisseur.
    .step-3 = Achetez de l'espace supplémentaire ou demandez à votre administrateur d'augmenter le quota si vous devez tout conserver.

finding-mailbox-in_use = Une autre application utilise la boîte en ce moment
    .explanation = Avec POP, une seule application à la fois peut ouvrir la boîte, et une autre session la tient en ce moment. Le verrou est libéré quand cette application a terminé ou après un délai.
    .step-1 = Fermez les autres applications ou appareils qui relèvent ce compte en POP, ou désactivez leur relève automatique.
    .step-2 = Attendez quelques minutes que l'autre session se termine, puis relancez le test.
    .step-3 = Envisagez IMAP plutôt que POP si plusieurs appareils lisent le même compte.

finding-mailbox-login_delay = Le serveur n'autorise une nouvelle connexion que toutes les quelques minutes
    .explanation = Ce serveur POP impose un délai minimal entre deux connexions ; ce délai est indiqué ci-dessous. Les applications qui relèvent plus souvent sont refusées.
    .step-1 = Réglez votre application pour relever le courrier moins souvent que le délai indiqué ci-dessous.
    .step-2 = Attendez que ce délai soit écoulé, puis relancez le test.

finding-send-accepted = Ce compte peut envoyer depuis cette adresse
    .explanation = Après la connexion, le serveur a accepté l'expéditeur et le destinataire ci-dessous. maildoctor a ensuite annulé (RSET) avant tout envoi : rien n'a été distribué.
    .step-1 = Si votre application ne parvient toujours pas à envoyer, vérifiez qu'elle s'authentifie pour l'envoi : dans les paramètres du serveur sortant, activez « Mon serveur sortant (SMTP) requiert une authentification » (ou « Utiliser les mêmes paramètres que mon serveur de courrier entrant »).
    .step-2 = Vérifiez que l'application utilise le même serveur sortant, le même port et la même sécurité que ce test.
    .microsoft365-explanation = Après la connexion, le serveur a accepté l'expéditeur et le destinataire ci-dessous, puis maildoctor a annulé avant tout envoi. Microsoft 365 ne vérifie l'autorisation « Envoyer en tant que » qu'au moment où un message est réellement envoyé : une boîte partagée ou l'adresse d'une autre personne peut donc encore être refusée à ce moment-là (5.7.60).
    .microsoft365-step-1 = Vérifiez que votre application s'authentifie pour l'envoi avec ce même compte.
    .microsoft365-step-2 = Si les envois depuis une boîte partagée ou une autre adresse sont ensuite refusés avec 5.7.60, demandez à votre administrateur l'autorisation « Envoyer en tant que » pour celle-ci.
    .outlook-explanation = Après la connexion, le serveur a accepté l'expéditeur et le destinataire ci-dessous, puis maildoctor a annulé avant tout envoi. Outlook.com vérifie à nouveau l'adresse d'expédition au moment de l'envoi réel : une adresse qui n'est pas un alias de ce compte peut donc encore être refusée à ce moment-là.
    .outlook-step-1 = Vérifiez que votre application s'authentifie pour l'envoi avec ce même compte.
    .outlook-step-2 = N'envoyez que depuis votre adresse Outlook.com ou l'un de ses alias (dans Paramètres, ouvrez Courrier, puis Synchroniser les e-mails, puis Gérer vos alias).

finding-send-sender_not_permitted = Le serveur n'envoie pas de courrier depuis cette adresse pour ce compte
    .explanation = Vous êtes connecté, mais le serveur refuse l'adresse d'expéditeur. Cela arrive quand l'application envoie sous un alias, sous l'adresse d'une autre personne ou depuis une boîte partagée pour laquelle ce compte n'a pas l'autorisation d'envoyer.
    .step-1 = Dans votre application, vérifiez l'adresse « De » de ce compte : ce doit être l'adresse avec laquelle vous vous connectez.
    .step-2 = Pour envoyer depuis une autre adresse, ajoutez-la d'abord à votre compte comme adresse d'envoi (alias) sur le site de votre fournisseur, ou demandez à votre administrateur l'autorisation « Envoyer en tant que ».
    .step-3 = Si vous utilisez une boîte partagée, envoyez depuis son propre compte, ou demandez à votre administrateur l'autorisation « Envoyer en tant que » ou « Envoyer de la part de ».
    .gmail-step-1 = Sur votre ordinateur, ouvrez Gmail et cliquez sur Paramètres, puis sur Voir tous les paramètres.
    .gmail-step-2 = Cliquez sur l'onglet Comptes et importation. Sous « Envoyer des e-mails en tant que », cliquez sur Ajouter une autre adresse e-mail et suivez les étapes pour valider l'adresse.
    .gmail-step-3 = Dans votre application, envoyez depuis votre adresse Gmail ou depuis une adresse listée sous « Envoyer des e-mails en tant que ».
    .microsoft365-step-1 = Demandez à votre administrateur Microsoft 365 d'accorder à votre compte l'autorisation « Envoyer en tant que » pour cette adresse ou cette boîte partagée (dans le centre d'administration Exchange : Destinataires, puis Boîtes aux lettres, puis la boîte, puis Délégation).
    .microsoft365-step-2 = Les autorisations peuvent mettre jusqu'à une heure à s'appliquer ; réessayez ensuite.
    .microsoft365-step-3 = En attendant, envoyez depuis votre propre adresse.
    .outlook-step-1 = Connectez-vous à Outlook.com et ouvrez Paramètres, puis Courrier, puis Synchroniser les e-mails. Sous « Gérer vos alias », vérifiez que cette adresse est un alias de votre compte.
    .outlook-step-2 = Dans votre application, envoyez depuis votre adresse Outlook.com ou l'un de ses alias.

finding-send-relay_denied = Le serveur ne transmet pas votre courrier
    .explanation = Le serveur a refusé d'envoyer du courrier à ce destinataire pour vous. Les serveurs ne transmettent le courrier que pour les applications authentifiées : ce refus signifie généralement que l'application ne s'authentifie pas pour l'envoi ou utilise le mauvais serveur.
    .step-1 = Dans les paramètres du serveur sortant (SMTP) de votre application, activez l'authentification : « Mon serveur sortant (SMTP) requiert une authentification », avec le même nom d'utilisateur et le même mot de passe que pour la réception.
    .step-2 = Utilisez le serveur d'envoi de votre fournisseur, port 465 (SSL/TLS) ou 587 (STARTTLS), et non le port 25.
    .step-3 = Si vous utilisez le serveur de votre fournisseur d'accès au lieu de celui de votre fournisseur de messagerie, passez au serveur d'envoi de votre fournisseur de messagerie.

finding-send-limit_reached = Ce compte a atteint sa limite d'envoi
    .explanation = Le serveur refuse les nouveaux messages, car le compte a envoyé autant de messages ou de destinataires qu'il l'autorise pour l'instant (souvent par jour). L'envoi refonctionne quand la limite est réinitialisée.
    .step-1 = Attendez la réinitialisation de la limite (généralement sous 24 heures), puis réessayez.
    .step-2 = Pour les envois en nombre, utilisez un service de liste de diffusion ou de newsletter plutôt que votre compte de messagerie.
    .step-3 = Si vous n'avez pas envoyé beaucoup de messages, changez votre mot de passe : quelqu'un d'autre envoie peut-être depuis votre compte.
    .gmail-step-1 = Attendez jusqu'à 24 heures : Gmail lève de lui-même une limite d'envoi. Un compte Gmail peut envoyer à environ 500 destinataires par jour.
    .gmail-step-2 = Si vous n'avez pas envoyé autant de messages, changez votre mot de passe Google et vérifiez l'activité récente liée à la sécurité sur myaccount.google.com/security.
    .gmail-step-3 = Pour les envois en nombre, utilisez plutôt un service de liste de diffusion.
    .microsoft365-step-1 = Attendez jusqu'à 24 heures : Exchange Online autorise 10 000 destinataires par jour et par boîte et lève la limite de lui-même.
    .microsoft365-step-2 = Si vous n'avez pas envoyé autant de messages, changez votre mot de passe et prévenez votre administrateur : le compte est peut-être compromis.

finding-send-account_blocked = Ce compte est bloqué pour l'envoi
    .explanation = Le fournisseur a empêché ce compte d'envoyer du courrier, généralement parce qu'il a envoyé des messages ressemblant à du spam, ou parce que quelqu'un d'autre l'utilise peut-être.
    .step-1 = Changez votre mot de passe dès maintenant et activez la validation en deux étapes si ce n'est pas déjà fait.
    .step-2 = Vérifiez vos messages envoyés pour repérer ceux que vous n'avez pas écrits.
    .step-3 = Contactez votre fournisseur ou votre administrateur pour faire réactiver l'envoi ; il vérifiera d'abord le compte.
    .microsoft365-step-1 = Prévenez votre administrateur Microsoft 365 : le compte figure sur la liste des entités restreintes pour envoi de spam.
    .microsoft365-step-2 = Votre administrateur réinitialise votre mot de passe, vérifie le compte, puis le retire des entités restreintes dans le portail Microsoft Defender.
    .outlook-step-1 = Connectez-vous à outlook.com dans un navigateur et suivez les étapes affichées pour vérifier votre compte.
    .outlook-step-2 = Changez votre mot de passe et vérifiez l'activité récente sur account.microsoft.com/security.
    .outlook-step-3 = Si l'envoi reste bloqué, contactez l'assistance Outlook.com depuis la page d'aide.

finding-send-message_too_large = Le serveur refuse un message de cette taille
    .explanation = Le serveur a refusé la taille de message annoncée avant l'envoi : les messages de cette taille dépassent sa limite.
    .step-1 = Envoyez moins de pièces jointes ou des pièces jointes plus petites par message, ou partagez les gros fichiers par lien (service de stockage en ligne).
    .step-2 = Demandez à votre fournisseur ou à votre administrateur quelle taille de message le serveur accepte.

finding-send-size_limit_small = Ce serveur n'accepte que de petits messages
    .explanation = Le serveur indique accepter les messages jusqu'à la taille ci-dessous. Les photos et documents rendent souvent un message plus gros (les pièces jointes grossissent d'environ un tiers à l'envoi) : ces messages seront donc refusés.
    .step-1 = Partagez les gros fichiers par lien (service de stockage en ligne) au lieu de les joindre.
    .step-2 = Si vous gérez le serveur, relevez sa limite de taille des messages (pour Postfix : message_size_limit) à au moins 25 Mo.

finding-send-recipient_refused = Le serveur refuse ce destinataire
    .explanation = Le serveur a accepté l'expéditeur mais refusé l'adresse du destinataire : elle n'existe peut-être pas, ou n'est pas acceptée depuis ce compte.
    .step-1 = Vérifiez que l'adresse du destinataire ne contient pas de faute de frappe.
    .step-2 = Essayez un autre destinataire, par exemple votre propre adresse.

finding-send-refused_unclassified = Le serveur refuse d'envoyer ce courrier
    .explanation = Le serveur a refusé l'expéditeur ou le destinataire pour une raison que maildoctor ne reconnaît pas. Ses propres mots sont indiqués ci-dessous.
    .step-1 = Lisez la réponse du serveur ci-dessous : elle indique généralement la raison.
    .step-2 = Transmettez la réponse du serveur à votre fournisseur ou à votre administrateur.

finding-send-temporary_failure = Le serveur ne peut pas accepter de courrier pour le moment
    .explanation = Le serveur a répondu par un refus temporaire : il ne peut pas accepter ce courrier maintenant, mais pourra peut-être plus tard. Les applications conservent ces messages dans la boîte d'envoi et réessaient.
    .step-1 = Patientez quelques minutes, puis réessayez.
    .step-2 = Si cela se reproduit, transmettez la réponse du serveur ci-dessous à votre fournisseur ou à votre administrateur.

finding-send-needs_signin = L'envoi n'a pas été vérifié : aucune connexion
    .explanation = Un serveur d'envoi ne transmet le courrier que pour les applications authentifiées : sans nom d'utilisateur ni mot de passe, un refus comme « Relay access denied » serait normal ici, et non une panne.
    .step-1 = Relancez le test avec votre nom d'utilisateur et votre mot de passe pour vérifier aussi l'envoi.
    .step-2 = Dans votre application, assurez-vous que le serveur sortant s'authentifie : activez « Mon serveur sortant (SMTP) requiert une authentification ».

finding-send-no_sender = L'envoi n'a pas été vérifié : aucune adresse d'expéditeur
    .explanation = Pour vérifier l'envoi, maildoctor a besoin de l'adresse depuis laquelle vous envoyez. Votre nom d'utilisateur n'est pas une adresse e-mail et aucune n'a été fournie.
    .step-1 = Relancez le test avec votre adresse e-mail comme nom d'utilisateur, ou indiquez l'adresse d'expéditeur pour la vérification d'envoi.
    .step-2 = Utilisez l'adresse « De » avec laquelle votre application envoie, pour que la vérification porte sur cette adresse.
