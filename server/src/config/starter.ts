import type { Locale } from '../engine/types';
import { CONFIG_SCHEMA_URL } from './schema';

const DOCS = 'https://github.com/charterlint/charterlint#configuration';

const EN = `# yaml-language-server: $schema=${CONFIG_SCHEMA_URL}
# charterlint configuration: checks the charters of this folder (and below) against the 16
# proposals of « Villes, à vos données ! » (Institut Montaigne, 2021). Documentation: ${DOCS}

# root: true stops the search here: no .charterlintrc file of a parent folder applies.
root: true

# Start from the default severities (charterlint:recommended), make every check an error
# (charterlint:strict), or share settings with a path relative to this file.
extends: charterlint:recommended

# Language of the messages: fr or en.
locale: en

# Severity per rule: error, warning, info or off. A check is named by its code (P08) or its
# name (reversibility-clause). A rule not listed keeps its default severity.
rules:
  placeholder: error            # a {{blank}} left by a template fails CI
  # P04: info                   # city-network: membership of a network is advised, not required
  # reversibility-clause: error

# When walking a folder, charterlint lints the documents that declare a type in their front
# matter (type: charter, usage-framework or partnership-agreement). Also lint these, relative
# to this file:
# include:
#   - "charters/**/*.md"

# Never lint these when walking a folder:
# exclude:
#   - "drafts/**"

# Settings for some documents only (relative to this file); later entries win.
# overrides:
#   - files: "agreements/**"
#     type: partnership-agreement
#     rules:
#       P12: error

# Your city's own words, per check and element, added to the built-in vocabulary.
# vocabulary:
#   P10:
#     role:
#       - "head of data strategy"
`;

const FR = `# yaml-language-server: $schema=${CONFIG_SCHEMA_URL}
# Configuration de charterlint : vérifie les chartes de ce dossier (et de ses sous-dossiers) au
# regard des 16 propositions de « Villes, à vos données ! » (Institut Montaigne, 2021).
# Documentation : ${DOCS}

# root: true arrête la recherche ici : aucun fichier .charterlintrc d'un dossier parent ne s'applique.
root: true

# Partir des sévérités par défaut (charterlint:recommended), faire de chaque proposition une
# erreur (charterlint:strict), ou partager des réglages avec un chemin relatif à ce fichier.
extends: charterlint:recommended

# Langue des messages : fr ou en.
locale: fr

# Sévérité par règle : error, warning, info ou off. Une proposition se désigne par son code (P08)
# ou son nom (reversibility-clause). Une règle absente garde sa sévérité par défaut.
rules:
  placeholder: error            # un {{champ}} de modèle non rempli fait échouer la CI
  # P04: info                   # city-network : l'adhésion à un réseau est conseillée, non exigée
  # reversibility-clause: error

# En parcourant un dossier, charterlint vérifie les documents qui déclarent un type dans leur
# en-tête (type: charte, cadre-d-utilisation ou convention-de-partenariat). Vérifier aussi
# ceux-ci, relatifs à ce fichier :
# include:
#   - "chartes/**/*.md"

# Ne jamais vérifier ceux-ci en parcourant un dossier :
# exclude:
#   - "brouillons/**"

# Réglages propres à certains documents (motifs relatifs à ce fichier) ; les derniers l'emportent.
# overrides:
#   - files: "conventions/**"
#     type: convention-de-partenariat
#     rules:
#       P12: error

# Les mots de votre collectivité, par proposition et par élément, en plus du vocabulaire fourni.
# vocabulary:
#   P10:
#     role:
#       - "urbaniste de la donnée"
`;

/** The text of a commented starter `.charterlintrc.yaml` (`charterlint --init`). */
export function starterConfig(locale: Locale): string {
  return locale === 'fr' ? FR : EN;
}
