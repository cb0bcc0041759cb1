<?php
/**
 * German ("du", as Candor itself speaks), for every German locale: the
 * plugin's texts in PHP, block.json and editor.js, English => German.
 * candor.php reads this file; a test checks that it covers every text.
 *
 * @package Candor
 */

defined( 'ABSPATH' ) || exit;

return array(
	// block.json.
	'Candor quiz'                     => 'Candor-Quiz',
	'A Candor self-assessment that sizes itself to its content. Works for every role that can write posts.' => 'Eine Candor-Selbsteinschätzung, die ihre Höhe selbst an den Inhalt anpasst. Für jede Rolle, die Beiträge schreiben kann.',
	'quiz'                            => 'Quiz',
	'self-assessment'                 => 'Selbsteinschätzung',
	'embed'                           => 'einbetten',
	// candor.php.
	'Candor address'                  => 'Candor-Adresse',
	'Where Candor is deployed. The [candor] shortcode and the Candor quiz block use this address when they give none of their own.' => 'Wo Candor veröffentlicht ist. Der Shortcode [candor] und der Block „Candor-Quiz“ nehmen diese Adresse, wenn sie keine eigene angeben.',
	'The Candor address is too long (at most %d characters).' => 'Die Candor-Adresse ist zu lang (höchstens %d Zeichen).',
	'The Candor address "%s" is not an http:// or https:// address, like https://example.com/candor/.' => 'Die Candor-Adresse „%s“ ist keine http://- oder https://-Adresse wie https://example.com/candor/.',
	'"%1$s" needs a value, like %1$s="…".' => '„%1$s“ braucht einen Wert, etwa %1$s="…".',
	'No Candor address: an Administrator sets it once in Settings → Writing → Candor address.' => 'Keine Candor-Adresse: Ein Administrator legt sie einmal unter Einstellungen → Schreiben → Candor-Adresse fest.',
	'Only an Administrator can choose where Candor is loaded from: ask one to set Settings → Writing → Candor address, then leave out src.' => 'Nur ein Administrator kann festlegen, woher Candor geladen wird: Bitte einen, unter Einstellungen → Schreiben die Candor-Adresse festzulegen, und lass dann src weg.',
	"src must be on this site's Candor address, %s (an Administrator can change it in Settings → Writing). Leave out src to use it." => 'src muss auf der Candor-Adresse dieser Website liegen, %s (ein Administrator kann sie unter Einstellungen → Schreiben ändern). Lass src weg, um sie zu nehmen.',
	'Take the self-assessment'        => 'Zur Selbsteinschätzung',
	'Candor has no option "%1$s"; did you mean "%2$s"? It was left out.' => 'Candor hat keine Option „%1$s“; meintest du „%2$s“? Sie wurde weggelassen.',
	'Candor has no option "%1$s"; it was left out. Options: %2$s.' => 'Candor hat keine Option „%1$s“; sie wurde weggelassen. Optionen: %2$s.',
	'Candor (only people who can edit this post see this):' => 'Candor (das sehen nur Personen, die diesen Beitrag bearbeiten können):',
	// editor.js.
	'Leave empty to use this site’s Candor address: ' => 'Leer lassen für die Candor-Adresse dieser Website: ',
	'Where Candor is deployed, like https://example.com/candor/. An Administrator sets it once in Settings → Writing; until then, only posts of Administrators and Editors can show the quiz.' => 'Wo Candor veröffentlicht ist, etwa https://example.com/candor/. Ein Administrator legt sie einmal unter Einstellungen → Schreiben fest; bis dahin zeigen nur Beiträge von Administratoren und Redakteuren das Quiz.',
	'Look'                            => 'Aussehen',
	'Theme'                           => 'Farbschema',
	'Light'                           => 'Hell',
	'Dark'                            => 'Dunkel',
	'Follow the reader’s device'      => 'Wie das Gerät der Leserin oder des Lesers',
	'Choose the one that matches your site: with the reader’s device, a reader in dark mode gets a dark quiz on a light page.' => 'Wähle das, das zu deiner Website passt: Folgt es dem Gerät, bekommt jemand im dunklen Modus ein dunkles Quiz auf einer hellen Seite.',
	'Accent colour (RRGGBB)'          => 'Akzentfarbe (RRGGBB)',
	'Height before it loads (pixels)' => 'Höhe, bevor es geladen ist (Pixel)',
	'Words'                           => 'Texte',
	'Language'                        => 'Sprache',
	'The reader’s'                    => 'Die der Leserin oder des Lesers',
	'Name in place of “Candor” (40 characters)' => 'Name statt „Candor“ (40 Zeichen)',
	'Title (120 characters)'          => 'Titel (120 Zeichen)',
	'Introduction (400 characters)'   => 'Einleitung (400 Zeichen)',
	'Call to action'                  => 'Handlungsaufforderung',
	'Address (http(s) or mailto:)'    => 'Adresse (http(s) oder mailto:)',
	'{code} and {link} become the reader’s result code and link.' => '{code} und {link} werden zum Ergebniscode und -link der Leserin oder des Lesers.',
	'Button label (40 characters)'    => 'Beschriftung der Schaltfläche (40 Zeichen)',
	'Hide'                            => 'Ausblenden',
	'Sharing'                         => 'Teilen',
	'Team comparison'                 => 'Teamvergleich',
	'Past results'                    => 'Frühere Ergebnisse',
	'Readers see the quiz here, sized to its content. More options are in the block’s settings.' => 'Hier sehen Lesende das Quiz, in der Höhe seines Inhalts. Weitere Optionen findest du in den Einstellungen des Blocks.',
	'Your quiz file (optional)'       => 'Deine Quizdatei (optional)',
	'Preview of the Candor quiz'      => 'Vorschau des Candor-Quiz',
);
