"""Message candidates of the seventh batch read in public web pages, one page per item (verbatim quotes).

Gathered on 2026-12-01 (session that began at 04:55 UTC) through the project's page search (stored excerpts; no
page was opened or fetched, no link in them was followed), from pages no earlier batch used (the build drops any
text that repeats an older message file or a test fixture; the test checks no page was used before). Each row is
(label, channel, brand, scenario, text, page, why): ``text`` is a contiguous verbatim quote of the page,
anonymised (phone numbers -> [TEL], e-mail addresses -> [EMAIL], a private person's name -> [NOM]); ``why`` is,
for a genuine item, the page's own sentence saying the message is authentic (stored as ``why_genuine``), and for a
scam the page's sentence saying it is a scam (short, kept in the input only).
"""

from __future__ import annotations

from typing import Final

Row = tuple[str, str, str | None, str, str, str, str]

MESSAGES: Final[tuple[Row, ...]] = (
    # --- premium-rate number --------------------------------------------------------------------------------
    (
        "scam",
        "sms",
        None,
        "premium_rate",
        "Chère [NOM], vous avez reçu des fleurs. Pour vous les livrer, veuillez appeler le 0899XXXXXX",
        "https://quechoisir.org/actualite-sms-saint-valentin-le-bouquet-de-fleurs-n-existait-pas-n4785",
        "derrière cette belle promesse (…) se cachait une arnaque au numéro surtaxé",
    ),
    (
        "scam",
        "email",
        "ameli",
        "vitale_card",
        "Votre carte actuelle cessera bientôt de fonctionner. Pour éviter toute interruption de vos droits, il est "
        "conseillé de finaliser la démarche rapidement",
        "https://www.demotivateur.fr/vie-pratique/nouvelle-edition-de-la-carte-vitale-attention-ce-mail-de-l-"
        "assurance-maladie-est-une-arnaque-45692",
        "En réalité, ces courriels sont des arnaques puisqu'ils n'ont pas été envoyés par l'Assurance maladie",
    ),
    # --- genuine data-breach notices ------------------------------------------------------------------------
    (
        "genuine",
        "email",
        "picard",
        "data_breach_notice",
        "Nous avons détecté, par l'intermédiaire de mesures techniques mises en place par Picard, un accès non "
        "autorisé à votre compte Picard par des tiers",
        "https://economiematin.fr/?p=171998",
        "« Nous avons détecté (…) », explique l'entreprise dans le mail envoyé aux clients. (the real e-mail Picard "
        "sent to 45,000 loyalty-card holders after the 12/11/2024 attack, also reported to the CNIL)",
    ),
    (
        "genuine",
        "unknown",
        "viamedis",
        "data_breach_notice",
        "Un robot pirate a été utilisé le 22 janvier 2024 afin de consulter et d'enregistrer illégalement des données "
        "de bénéficiaires de soins et de professionnels de santé.",
        "https://www.mutaero.net/actualites/information-importante-la-suite-la-cyberattaque",
        "The mutuelle's own news page (mutaero.net, 08/02/2024) informing its members of the Viamedis tiers-payant "
        "breach: published by the organisation itself",
    ),
    (
        "scam",
        "unknown",
        None,
        "premium_rate",
        "j'ai essayé de vous contacter concernant notre rendez-vous, je ne suis plus disponible mais vous pouvez me "
        "rappeler au [TEL]",
        "https://cft-nord.fr/new-s/48-les-arnaques-au-telephone",
        "Oui il s'agit bien d'une arnaque téléphonique (ou ping calls) (…) Disponible également en version SMS !",
    ),
    (
        "scam",
        "sms",
        None,
        "premium_rate",
        "Vous avez reçu un message video. Pour le Voir Cliquez sur : http://etc….",
        "https://www.mespetitsbonheurs.com/declarer-un-message-sms-arnaque-recu-sur-son-mobile-facile/"
        "?replytocom=1658",
        "J'ai encore reçu ce week-end un SMS aux allures d'arnaque qui me disait (the blogger's own SMS)",
    ),
    (
        "scam",
        "email",
        "orange",
        "unpaid_bill",
        "Votre paiement par carte bancaire de 40.27 Euros, devant être effectué depuis le 28/01/2010 pour le payement "
        "de votre facture,a été refusé par votre banque.Ne pouvant faire un prélèvement automatique concernant le "
        "payement par carte de crédit de votre facture,suite au refus de votre établissement bancaire et n'ayant pas pu "
        "vous joindre par téléphone, nous avons crée une fiche spéciale, qui vous permet d'accéder directement au "
        "règlement",
        "https://www.clubic.com/actualite-322862-phishing-retors-vise-abonnes-orange.html",
        "indique par exemple le message frauduleux reçu dans la nuit de dimanche à lundi par un de nos lecteurs",
    ),
    # --- genuine codes --------------------------------------------------------------------------------------
    (
        "genuine",
        "sms",
        "facebook",
        "otp_code",
        "###### est votre code de réinitialisation du mot de passe Facebook, ou réinitialisez votre mot de passe ici : "
        "(https : // fb. com /…………… ). Pour répondre, envoyez un SMS à ############",
        "https://organicindiatoday.com/fr/jobtiens-le-code-de-r%c3%a9initialisation-du-mot-de-passe-facebook-par-sms",
        "Facebook envoie un tel code sur votre téléphone enregistré lorsque vous utilisez des options comme Mot de passe "
        "oublié (the SMS a reader received and shared, masked by the page; Facebook's own reset-code SMS, possibly "
        "triggered by someone else)",
    ),
    (
        "genuine",
        "email",
        "france_travail",
        "data_breach_notice",
        "Le portail emploi a immédiatement été fermé. Des analyses sont en cours pour déterminer l'origine et l'impact "
        "de cette cyberattaque.",
        "https://www.bfmtv.com/tech/cybersecurite/france-travail-au-moins-340-000-demandeurs-d-emploi-victimes-d-un-"
        "nouveau-piratage_AV-202507230252.html",
        'Dans un courrier transmis aux personnes concernées, France Travail indique qu\'un accès "non autorisé" à des '
        "données personnelles a été découvert le 12 juillet 2025 (confirmed by France Travail to Tech&Co)",
    ),
    (
        "genuine",
        "unknown",
        "almerys",
        "data_breach_notice",
        "Cher(e) adhérent(e),\nLa presse s'est récemment faite l'écho de cyberattaques par les 2 plus importants "
        "opérateurs de tiers payant français : Viamedis et Almerys. Ces opérations de piratage ont visé exclusivement "
        "les portails professionnels de santé de ces deux opérateurs.",
        "https://mutame-plus.fr/violation-de-donnees-de-deux-operateurs-de-tiers-payant",
        "The mutuelle's own notice to its members on its own site (mutame-plus.fr), signed by its Directeur Général",
    ),
    (
        "genuine",
        "unknown",
        "almerys",
        "data_breach_notice",
        "Chers adhérents,\nChers anciens adhérents,\nNous savons que cette cyberattaque, largement relayée dans les "
        "médias, vous inquiète particulièrement et vous impacte. La Mutuelle a toujours prôné l'honnêteté et la "
        "transparence vis à vis de ses adhérents, c'est pourquoi nous avons décidé de répondre à toutes vos questions, "
        "via cette FAQ.",
        "https://www.mutuellelmp.fr/informations-aux-adherents",
        "The mutuelle's own 'Informations aux adhérents' page on its own site (mutuellelmp.fr) about the Almerys attack",
    ),
    (
        "genuine",
        "unknown",
        "viamedis",
        "data_breach_notice",
        "Pour éviter l'avance de frais, Mutuelle Mieux-Etre propose à ses adhérents un service de Tiers payant opéré "
        "avec différents organismes. Deux de ces principaux acteurs de tiers payant en France ont subi une "
        "cyberattaque. Des données personnelles de bénéficiaires et de professionnels de santé ont été exposées.",
        "http://www.mieux-etre.fr/articles/notre-rubrique-actus/information-cyberattaque",
        "The mutuelle's own news page (mieux-etre.fr, 'Vie de la mutuelle') with its recommendations to its members",
    ),
    (
        "genuine",
        "unknown",
        "viamedis",
        "data_breach_notice",
        "Votre « espace personnel » en ligne est disponible depuis la page d'accueil de notre site internet. Lors de "
        "votre prochaine connexion, vous serez invité à modifier votre mot de passe. Pour ce faire, un code "
        "d'activation vous sera communiqué, par email ou sms.",
        "https://www.mutuelle-mutami.fr/securite/",
        "The mutuelle's own security page (mutuelle-mutami.fr, updated 8 March 2024) after the Viamedis breach",
    ),
    (
        "genuine",
        "unknown",
        "viamedis",
        "data_breach_notice",
        "L'organisme Viamedis, auquel nous avons confié la sous-traitance du tiers payant, a pris connaissance d'un "
        "piratage informatique sur son portail de gestion en ligne.",
        "https://mutuelle-msp.fr/avertissement-violation-des-donnees/",
        "The Mutuelle des Services Publics' own notice on its own site (published 6 February 2024)",
    ),
    # --- fine by e-mail / genuine e-signified act -----------------------------------------------------------
    (
        "scam",
        "email",
        None,
        "fine",
        "le 5 décembre 2022 à 8 h 27, votre véhicule a été contrôlé à 57 km/h sur une voie limitée à 50 km/h",
        "https://ferocee.com/nouvelle-alerte-arnaque-ce-nouveau-message-qui-circule-sur-les-boites-mail/",
        "les malfaiteurs se font passer pour le service recouvrement de l'État et réclame une amende pour excès de "
        "vitesse (…) le « service recouvrement de l'État » n'existe pas",
    ),
    (
        "genuine",
        "unknown",
        "commissaire_de_justice",
        "bailiff_act",
        "Le présent acte vous est signifié par voie électronique conformément à l'article 662-1 et aux articles 748-1 et "
        "suivants du Code de procédure civile. Il est rappelé que vous avez expressément consenti à ce mode de "
        "signification par une déclaration de consentement effectuée en application de l'article 73-1 du décret "
        "n°56-222 du 29 février 1956",
        "https://constatmartinique.com/signification-voie-electronique/",
        "A bailiffs' office's own page giving the wording an e-signified act must carry (« Extrait de la Circulaire "
        "2017-44 de la Chambre nationale des Huissiers de Justice »): the profession's own formula, not one received act",
    ),
    (
        "scam",
        "email",
        "gendarmerie",
        "fake_summons",
        "Nous disposons de plusieurs éléments qui ont été enregistrés par notre cybergendarme et constituent des preuves "
        "de vos infractions.",
        "https://fr.finance.yahoo.com/actualites/attention-%C3%A0-larnaque-fausses-convocations-054653071.html",
        "Mais tous ces courriers sont évidemment des arnaques, rappelle la gendarmerie (du Bas-Rhin)",
    ),
)

#: Candidates whose text repeats an older message file (some pages were new, the quote was not: the build's dedup
#: drops them). Kept out of MESSAGES so that the build drops nothing; listed in MESSAGES.md, and the test checks that
#: each one still repeats an older text.
REPEATED: Final[tuple[Row, ...]] = (
    (
        "scam",
        "sms",
        "cpf",
        "cpf",
        "URGENT: Vous allez perdre vos droits CPF. Consultez votre budget et réclamez votre formation 100% prise en "
        "charge",
        "https://france3-regions.francetvinfo.fr/normandie/compte-personnel-de-formation-appels-sms-et-mails-"
        "frauduleux-comment-eviter-les-arnaques-2351389.html",
        "Peut-être avez-vous déjà reçu plusieurs SMS de ce genre, accompagnés d'un lien internet étrange. Surtout ne "
        "cliquez pas dessus, il pourrait bien s'agir d'une arnaque",
    ),
    (
        "scam",
        "sms",
        "ameli",
        "vitale_card",
        "Assurance maladie : expiration de votre carte vitale, à mettre à jour rapidement",
        "https://epochtimes.fr/arnaque-a-carte-vitale-attention-aux-sms-imitent-lassurance-maladie-1996716.html",
        "Ne cliquez sur aucun lien se trouvant dans le message, il s'agit d'une arnaque",
    ),
    (
        "scam",
        "sms",
        "antai",
        "fine",
        "INFO ANTAI : Votre infraction en date du 20/06/2024 est toujours en attente de règlement. Merci de "
        "régulariser la situation avant le 28/08/2024 sous peine d'une majoration de 135€",
        "https://parisparlez.com/arnaque-a-lamende-routiere-comment-reperer-ces-sms-frauduleux/",
        "Derrière le site internet se cachent des escrocs. Ces individus mal intentionnés usurpent l'identité de l'ANTAI",
    ),
    (
        "scam",
        "sms",
        "antai",
        "fine",
        "INFO ANTAI : Vous avez un retard de paiement de 35€. Consulter votre dossier d'infraction",
        "https://carte-grise-france.fr/blog/article/?p=7518",
        "Si vous avez reçu un SMS de l'ANTAI, vous êtes sûrement victime d'une escroquerie",
    ),
    (
        "scam",
        "sms",
        None,
        "bank_advisor",
        "Pour confirmer votre paiement internet de 1456€, saisissez le code 220817. Si ce n'est pas vous, contactez "
        "immédiatement le [TEL].",
        "https://journal-info.fr/2025/04/25/attention-une-vague-de-faux-sms-piege-des-milliers-de-clients-en-france",
        "Mais le numéro indiqué est un piège : en appelant, vous tombez directement entre les griffes des arnaqueurs",
    ),
    (
        "genuine",
        "sms",
        "lcl",
        "fraud_alert",
        "LCL - Alerte fraude sur votre CB. Etes-vous à l'origine du paiement ?",
        "https://www.journaldunet.com/patrimoine/finances-personnelles/1540251-cd1-sms-banque/",
        "Ce type de SMS semble suspect et pourtant il vient bien de votre banque. (…) LCL, en revanche, adopte une "
        "approche différente. Un client reçoit un message du type : (the Journal du Net asked the banks)",
    ),
    (
        "scam",
        "sms",
        None,
        "job_scam",
        "Vous pouvez réaliser l'évaluation à domicile. Les salaires journaliers varient de 300 à 1 000 euros, tous "
        "les salaires sont payés le même jour",
        "http://clubic.com/actualite-526902-mefiez-vous-des-offres-d-emploi-d-operateur-marketing-surtout-lorsqu-"
        "elles-sont-allechantes-car-les-escroqueries-se-multiplient.html",
        "Voici, en un court extrait, le type d'annonce frauduleuse que vous avez déjà peut-être pu recevoir par SMS ou "
        "sur une messagerie de type WhatsApp",
    ),
    (
        "scam",
        "email",
        "gendarmerie",
        "fake_summons",
        "Passé le délai de 72 heures, nous entamerons une procédure formelle, à savoir un mandat d'arrêt. Vos "
        "coordonnées ainsi que votre portrait photo seront transmis à tous les organismes de protection de l'enfant "
        "ainsi qu'aux Médias de masse pour une large diffusion de vos actes.",
        "https://www.monacomatin.mc/faits-divers/non-la-gendarmerie-nenvoie-pas-de-mails-aux-pedophiles-il-sagit-"
        "dune-arnaque-716011",
        "En vérité, ce mail est une arnaque (…) « Il faut que tout le monde sache que c'est frauduleux », porte-parole "
        "de la gendarmerie varoise",
    ),
    (
        "scam",
        "sms",
        None,
        "premium_rate",
        "ALERT INFO : Une vague d'attentat touche actuellement le territoire Français. Pour confirmer que vous êtes en "
        "sécurité, envoyez par SMS ATTENTAT au [TEL] (sms gratuit) ou appelez le [TEL] (appel gratuit)",
        "https://www.europe1.fr/societe/attentats-gare-aux-faux-sms-2779645",
        "le ministère écrit \"ce type de SMS ne peut émaner d'une autorité publique. Ne donnez pas suite, ne partagez "
        'pas"',
    ),
    (
        "scam",
        "email",
        "free",
        "unpaid_bill",
        "Votre abonnement fera l'objet d'une suspension complète suite à un défaut de paiement de 1.99 euro. Nous vous "
        "invitons à régulariser la situation avant",
        "https://www.universfreebox.com/article/54512/free-mobile-les-abonnes-cibles-par-un-phishing-d-un-autre-temps",
        "Un abonné Free Mobile a reçu un phishing l'invitant à cliquer sur un lien pour régulariser un impayé de 1,99 "
        "euro (the sentence 'présente dans l'e-mail')",
    ),
    (
        "scam",
        "sms",
        None,
        "family_emergency",
        "Coucou maman, c'est moi. J'ai eu un problème avec mon numéro de téléphone, c'est mon numéro temporaire. "
        "Envoie-moi un message sur WhatsApp sur ce numéro, le plus rapidement possible. Je dois te parler de quelque "
        "chose...",
        "https://www.tf1.fr/tf1/jt-13h/videos/arnaque-au-faux-sms-le-13h-a-vos-cotes-53522617.html",
        "Une arnaque au faux SMS circule beaucoup dernièrement (…) Cybermalveillance.gouv.fr a publié une alerte",
    ),
)
