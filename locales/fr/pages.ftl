# Les autres pages : trouver les paramètres depuis une adresse e-mail, deux rapports côte à côte
# et les courtes pages d'erreur d'un rapport enregistré.

## Trouver vos paramètres

discover-title = Trouver les paramètres de votre serveur de messagerie
discover-lead = Saisissez votre adresse e-mail. maildoctor interroge tous les endroits où cherchent les applications de messagerie (sa table de fournisseurs, les enregistrements DNS et le fichier autoconfig de votre domaine, les noms de serveur habituels), puis teste chaque serveur en direct, sans mot de passe.
discover-error-title = Veuillez vérifier l'adresse
discover-email-label = Adresse e-mail
discover-email-hint = Par exemple jo@example.com. Seule l'adresse est utilisée ; aucun mot de passe n'est demandé.
discover-submit = Trouver mes paramètres
discover-confirmed = Paramètres trouvés et confirmés
discover-suggested = Paramètres suggérés, non confirmés
discover-nothing = Aucun paramètre trouvé
discover-for = Pour { $email } ({ $ms } ms).
discover-provider = Fournisseur : { $provider }.
discover-settings = Paramètres pour votre application de messagerie
discover-status-confirmed = confirmé
discover-status-suggested = suggéré
discover-encryption = Chiffrement
discover-found-by = Trouvé par
discover-diagnose = Diagnostiquer avec ces paramètres
discover-disagree = Les sources ne concordent pas
discover-notes = Bon à savoir
discover-advice = Que faire
discover-tried = Tous les candidats essayés
discover-nothing-tried = Aucun serveur à essayer n'a été trouvé.
discover-service = Service
discover-outcome = Résultat
discover-what-happened = Ce qui s'est passé
discover-sources = Sources interrogées
discover-source = Source
discover-asked = Demande
discover-answer = Réponse
username-local-part = la partie avant le @

## Deux rapports côte à côte

compare-title = Deux rapports côte à côte
compare-reading = Ce que signifie la différence
compare-first-fix = À corriger en premier :
compare-open = Ouvrir le rapport complet
compare-caption = Chaque étape, vue des deux endroits
compare-stage = Étape

## Un rapport enregistré qui ne peut pas être affiché

saved-not-found-title = Introuvable
saved-not-found = Ce rapport n'existe pas : il a été supprimé ou il a expiré. Relancez la vérification pour en obtenir un nouveau.
saved-check-link = Vérifier un serveur de messagerie
saved-unavailable-title = Indisponible
saved-unavailable = Les rapports enregistrés ne peuvent pas être lus pour le moment. Veuillez réessayer dans une minute.
saved-deleted-title = Supprimé
saved-deleted = Le rapport enregistré a été supprimé. Son lien ne l'ouvre plus.

## Discovery: the sources' answers, the probes, notes and advice

discover-source-table = table des fournisseurs
discover-source-autoconfig = autoconfig
discover-source-srv = enregistrements SRV
discover-source-mx = enregistrements MX
discover-source-guess = noms habituels
discover-source-ispdb = ISPDB de Thunderbird
outcome-confirmed = confirmé
outcome-unencrypted = fonctionne, mais sans chiffrement
outcome-bad-certificate = répond, mais son certificat n'est pas valide
outcome-failed = échec
outcome-not-tried = non essayé
discover-setting = { $host } port { $port } ({ $security })
discover-source-says = { $source } : { $setting }
discover-disagreement = { $role } : { $said }.
discover-note-unencrypted = Fonctionne, mais sans chiffrement : le mot de passe circulerait en clair.
discover-note-not-confirmed = Non confirmé ({ $outcome }) : { $detail }
discover-note-nxdomain = { $domain } n'existe pas dans le DNS : vérifiez l'orthographe de l'adresse.
discover-note-srv-not-offered = { $name } indique que { $protocol } avec { $security } n'est pas proposé.
discover-note-srv-outside = { $name } pointe vers { $target }, en dehors de { $domain } : sans DNSSEC, cela pourrait être falsifié (RFC 6186 §6) ; vérifiez auprès de votre fournisseur que ce serveur est bien le sien.
discover-note-app-password = { $provider } demande un mot de passe d'application dans les applications de messagerie, et non le mot de passe de votre compte : activez la validation en deux étapes, créez un mot de passe d'application dans les paramètres de sécurité de votre compte et utilisez-le comme mot de passe.
discover-note-oauth-only = { $provider } n'accepte que la connexion OAuth2 dans les applications de messagerie : un mot de passe, même correct, est refusé. Utilisez une application de messagerie qui vous connecte à votre compte dans une fenêtre du navigateur.
discover-note-oauth-only-microsoft = { $provider } n'accepte que la connexion OAuth2 dans les applications de messagerie : un mot de passe, même correct, est refusé. Utilisez une application de messagerie qui vous connecte à votre compte Microsoft dans une fenêtre du navigateur.
discover-note-since = Cela s'applique depuis le { $since }.
discover-advice-nothing = Aucun paramètre de messagerie n'a été trouvé pour { $domain } : la table des fournisseurs ne connaît pas le domaine, celui-ci ne publie ni fichier autoconfig ni enregistrements SRV, et aucun des noms de serveur habituels n'a répondu.
discover-ask-provider = Demandez à votre fournisseur de messagerie (ou à la personne qui gère le domaine) : le nom du serveur de réception, son port et son chiffrement (SSL/TLS ou STARTTLS) pour IMAP ou POP ; le nom du serveur d'envoi (SMTP), son port et son chiffrement ; et si votre nom d'utilisateur est l'adresse e-mail complète ou seulement la partie avant le @. Il pourrait aussi publier ces paramètres (un fichier autoconfig ou des enregistrements SRV) pour que les applications de messagerie les trouvent.
discover-probe-too-many = Non essayé : plus de { $limit } candidats.
discover-probe-port-refused = Non essayé : le port { $port } n'est pas un port de messagerie que ce service vérifie.
discover-probe-out-of-time = Le temps accordé à la recherche s'est écoulé avant.
discover-probe-unencrypted = { $protocol } a répondu, sans chiffrement.
discover-probe-confirmed = { $protocol } a répondu en { $security } avec un certificat valide.
discover-probe-bad-certificate = { $protocol } a répondu, mais le certificat n'est pas valide pour { $host }.
discover-answer-known = connu : { $provider }
discover-answer-not-in-table = absent de la table
discover-answer-nxdomain = le domaine n'existe pas (NXDOMAIN)
discover-answer-no-mx = aucun MX utilisable
discover-answer-no-address = aucune adresse
discover-answer-has-address = a une adresse
discover-answer-no-record = aucun enregistrement
discover-answer-not-offered = « . » : le service n'est expressément pas proposé
discover-answer-listed =
    { $count ->
        [one] { $count } serveur utilisable sur { $listed } indiqués
       *[other] { $count } serveurs utilisables sur { $listed } indiqués
    }
discover-answer-not-used = (non utilisé : une adresse précédente a répondu)
discover-answer-snapshot =
    { $count ->
        [one] { $provider } : { $count } serveur ({ $why })
       *[other] { $provider } : { $count } serveurs ({ $why })
    }
discover-answer-not-in-snapshot = absent de la copie intégrée ({ $why })
discover-why-not-asked = le service ISPDB n'est pas interrogé
discover-why-unreachable = le service n'a pas pu être interrogé
discover-answer-timeout = aucune réponse avant la limite de temps
as-given = { $answer }
discover-cli-for = pour { $email } ({ $ms } ms)
discover-cli-tried = Tous les candidats essayés :
discover-cli-diagnose = Diagnostiquer
discover-note-ispdb-oauth-only = { $provider } n'accepte que la connexion OAuth2 (« Se connecter avec Microsoft/Google ») dans les applications de messagerie : un mot de passe, même correct, est refusé. Utilisez une application de messagerie qui se connecte de cette façon.

## The comparison's reading
compare-who-user = l'ordinateur de l'utilisateur
compare-who-desk = le service de l'assistance
compare-who-first = { $who } (premier rapport)
compare-who-second = { $who } (second rapport)
compare-differ-protocol = protocole : { $left } / { $right }
compare-differ-server = serveur : { $left } / { $right }
compare-differ-port = port : { $left } / { $right }
compare-differ-security = sécurité : { $left } / { $right }
compare-differ-username = le nom d'utilisateur diffère
compare-settings-differ = Ces deux rapports n'ont pas vérifié les mêmes paramètres ({ $differences }). Comparez d'abord les paramètres : l'application sur { $right } est peut-être simplement configurée autrement que celle sur { $left }.
compare-same-ending = Les deux rapports se terminent de la même façon ({ $verdict }) : le réseau sur lequel se trouve { $who } ne change rien ici.
compare-interception = Sur { $seen }, le serveur a présenté un autre certificat (émis par { $issuer }) que sur { $other } (émis par { $other_issuer }), et il n'est pas approuvé : quelque chose sur ce réseau intercepte les connexions chiffrées — généralement un antivirus ou un logiciel de sécurité qui « analyse les connexions chiffrées », ou un proxy d'entreprise. Désactivez cette analyse pour la messagerie, ou ajoutez le serveur de messagerie à ses exceptions.
compare-input = La demande faite depuis { $bad } n'a pas pu être vérifiée{ $why } ; celle faite depuis { $good }, si.
compare-dns = Depuis { $good }, { $host } peut être résolu ; depuis { $bad }, non{ $why }. Le serveur DNS utilisé là-bas (le routeur, un VPN ou un réseau d'entreprise) ne répond pas pour ce nom : redémarrez le routeur, désactivez le VPN ou essayez un autre réseau pour confirmer.
compare-tcp = Depuis { $good }, { $host } répond sur le port { $port } ; depuis { $bad }, non{ $why }. Quelque chose sur ce réseau bloque le port { $port } : un pare-feu, un antivirus ou logiciel de sécurité, ou le fournisseur d'accès à internet. Essayez un autre réseau (le partage de connexion d'un téléphone) pour confirmer, puis autorisez le port { $port } pour l'application de messagerie — ou utilisez un autre port du tableau des paramètres.
compare-tls = Depuis { $good }, le chiffrement avec { $host } s'établit ; depuis { $bad }, il échoue{ $why }. Quelque chose sur ce réseau perturbe les connexions chiffrées (un antivirus qui les analyse, un proxy d'entreprise ou un portail captif).
compare-protocol = Depuis { $good }, un serveur de messagerie répond sur le port { $port } ; depuis { $bad }, c'est autre chose qui répond{ $why }. Un appareil ou un logiciel de ce réseau répond à la place du serveur (un proxy, un pare-feu qui inspecte le courrier ou un portail captif).
compare-auth = Les deux atteignent le serveur, mais la connexion au compte ne fonctionne que depuis { $good }{ $why }. Le nom d'utilisateur ou le mot de passe saisi sur { $bad } n'est pas le même, ou le fournisseur refuse les connexions depuis ce réseau ou ce lieu (consultez les alertes de sécurité du fournisseur).
compare-later = La connexion au compte fonctionne des deux côtés ; sur { $bad }, un problème suit qui n'existe pas sur { $good }{ $why }. Le rapport établi sur { $bad } indique ce qu'il faut changer.
compare-error-title = Comparaison impossible
compare-need-two = Pour comparer, indiquez deux rapports enregistrés : leurs liens (…/r/…) ou leurs identifiants.
compare-missing = L'un de ces rapports n'existe pas : il a été supprimé ou il a expiré.
compare-failed = La comparaison n'a pas pu être affichée.

## Where a candidate came from ("Found by")
claim-table = table des fournisseurs : { $provider }
claim-guess = supposition : nom habituel { $host }
claim-srv = SRV { $name } (priorité { $priority }, poids { $weight })
claim-srv-outside = SRV { $name } (priorité { $priority }, poids { $weight }) — cible en dehors du domaine
claim-ispdb-snapshot = copie intégrée de l'ISPDB (thunderbird/autoconfig { $commit }) : { $id }
