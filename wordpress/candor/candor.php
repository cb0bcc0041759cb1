<?php
/**
 * Plugin Name:       Candor
 * Description:       Puts a Candor self-assessment in a post or page, for every role that can write one: the Candor quiz block and the [candor] shortcode. Candor itself comes with the plugin and is served from this site; quiz files of your own are uploaded in Settings → Candor.
 * Version:           1.1.0
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * License:           MIT
 * Text Domain:       candor
 *
 * The plugin carries the release build of Candor in app/ (the zip Candor's
 * build writes puts it there), so the default address is this plugin's own
 * folder on the blog's origin: install, activate, add the block, publish.
 * An Administrator may point the plugin at another Candor instead.
 *
 * The embed it prints is the one Candor's builder gives: a placeholder that
 * Candor's own `embed.js` turns into a frame that sizes itself. `embed.js`
 * is a script, so it comes only from the plugin's copy or the address an
 * Administrator chose, never from a post: a post chooses a quiz and options.
 * Every option is checked again by Candor itself; this plugin only passes
 * the options it knows and tells the post's editors about the rest. Readers
 * never see those notes.
 *
 * Quiz files are checked by Candor's own checker in the browser of whoever
 * uploads them (Settings → Candor embeds it); the plugin only bounds their
 * size, type and name, and keeps them in the uploads folder, on the blog's
 * origin, where a plugin update leaves them alone.
 *
 * @package Candor
 */

defined( 'ABSPATH' ) || exit;

/**
 * The embed options Candor reads, as `embed.js` passes them (Candor's
 * `OPTION_NAMES`, less `embed` and `frame`, which `embed.js` sets itself).
 * A Rust test keeps this list and the app's equal.
 */
const CANDOR_OPTIONS = array( 'result-page', 'brand', 'theme', 'transparent', 'accent', 'title', 'intro', 'cta', 'cta-label', 'hide', 'quiz', 'lang', 'events' );

/** Older spellings Candor still reads, and the option each stands for. */
const CANDOR_ALIASES = array( 'cta_label' => 'cta-label' );

/** Attributes of the embed itself: the frame's first height and its name. */
const CANDOR_OWN = array( 'height', 'frame-title' );

/** Longest address accepted, in bytes (a quiz option rides in the frame's address too). */
const CANDOR_MAX_ADDRESS = 2000;

/** Largest quiz file accepted, in bytes: Candor's own limit (`MAX_FILE_BYTES`). */
const CANDOR_MAX_QUIZ_BYTES = 262144;

/** Longest quiz name, in characters. */
const CANDOR_MAX_QUIZ_NAME = 60;

/** The settings page's slug: Settings → Candor. */
const CANDOR_PAGE = 'candor';

/** Who may upload and delete quiz files: Editors and Administrators. */
const CANDOR_QUIZ_CAPABILITY = 'edit_others_posts';

add_action( 'init', 'candor_register' );
add_action( 'admin_init', 'candor_register_settings' );
add_action( 'admin_menu', 'candor_add_settings_page' );
add_action( 'admin_notices', 'candor_activation_notice' );
add_action( 'admin_post_candor_save_quiz', 'candor_save_quiz' );
add_action( 'admin_post_candor_delete_quiz', 'candor_delete_quiz' );
add_filter( 'plugin_action_links_' . plugin_basename( __FILE__ ), 'candor_action_links' );
add_filter( 'the_content', 'candor_stripped_snippet_note', 8 );
add_filter( 'gettext_candor', 'candor_translate', 10, 2 );
add_filter( 'gettext_with_context_candor', 'candor_translate', 10, 2 );
register_activation_hook( __FILE__, 'candor_activated' );

/**
 * The plugin's own translations for the current locale, English => text:
 * languages/<locale>.php, else languages/<language>.php (de_AT takes de.php).
 * Plain PHP arrays, so the plugin needs no compiled .mo files; editor.js gets
 * the same texts (candor_register).
 *
 * @return array<string, string>
 */
function candor_translations() {
	static $loaded = array();
	$locale = determine_locale();
	if ( ! isset( $loaded[ $locale ] ) ) {
		$loaded[ $locale ] = array();
		if ( preg_match( '/^([a-z]{2,3})(_[A-Za-z0-9_]+)?$/', $locale, $parts ) ) {
			foreach ( array( $locale, $parts[1] ) as $name ) {
				$file = __DIR__ . '/languages/' . $name . '.php';
				if ( is_readable( $file ) ) {
					$loaded[ $locale ] = (array) include $file;
					break;
				}
			}
		}
	}
	return $loaded[ $locale ];
}

/**
 * The `gettext_candor` filters: a text of this plugin in the current locale.
 *
 * @param string $translation What WordPress found (the English text: the plugin ships no .mo).
 * @param string $text        The English text.
 * @return string
 */
function candor_translate( $translation, $text ) {
	$translations = candor_translations();
	return isset( $translations[ $text ] ) ? $translations[ $text ] : $translation;
}

/** Registers the shortcode, the block and its editor script. */
function candor_register() {
	add_shortcode( 'candor', 'candor_shortcode' );

	wp_register_script(
		'candor-editor',
		plugins_url( 'editor.js', __FILE__ ),
		array( 'wp-blocks', 'wp-element', 'wp-block-editor', 'wp-components', 'wp-i18n', 'wp-data', 'wp-notices' ),
		candor_version(),
		true
	);
	// The editor's texts in the current locale, as wp_set_script_translations
	// would give them from a JSON file.
	$translations = candor_translations();
	if ( $translations ) {
		$locale_data = array( '' => array( 'domain' => 'candor' ) );
		foreach ( $translations as $english => $translated ) {
			$locale_data[ $english ] = array( $translated );
		}
		wp_add_inline_script( 'candor-editor', 'wp.i18n.setLocaleData(' . wp_json_encode( $locale_data ) . ', "candor");', 'before' );
	}
	register_block_type( __DIR__, array( 'render_callback' => 'candor_render_block' ) );
	add_action( 'enqueue_block_editor_assets', 'candor_editor_settings' );
}

/** What the block editor needs to know: the address, the quiz files, and whether its user may add scripts. */
function candor_editor_settings() {
	$quizzes = array();
	foreach ( candor_quizzes() as $name => $quiz ) {
		$quizzes[] = array(
			'name'  => $name,
			'title' => $quiz['title'],
			'url'   => $quiz['url'],
		);
	}
	$settings = array(
		'address'     => candor_address(),
		'quizzes'     => $quizzes,
		'canScripts'  => current_user_can( 'unfiltered_html' ),
		'canUpload'   => current_user_can( CANDOR_QUIZ_CAPABILITY ) && current_user_can( 'upload_files' ),
		'settingsUrl' => admin_url( 'options-general.php?page=' . CANDOR_PAGE ),
	);
	wp_add_inline_script( 'candor-editor', 'window.candorSettings = ' . wp_json_encode( $settings ) . ';', 'before' );
}

/** The plugin's version, from its header (it names the Candor build it carries). */
function candor_version() {
	static $version = null;
	if ( null === $version ) {
		$data    = get_file_data( __FILE__, array( 'version' => 'Version' ) );
		$version = $data['version'] ? $data['version'] : '1';
	}
	return $version;
}

/**
 * The copy of Candor this plugin carries, on the blog's own origin.
 *
 * @return string
 */
function candor_bundled_address() {
	return plugins_url( 'app/', __FILE__ );
}

/**
 * Whether this plugin carries Candor (a zip from Candor's build does; the
 * plugin's source folder alone does not).
 *
 * @return bool
 */
function candor_is_bundled() {
	return is_readable( __DIR__ . '/app/embed.js' );
}

/**
 * Where Candor is loaded from: the address an Administrator chose, else the
 * plugin's own copy ('' when there is neither).
 *
 * @return string
 */
function candor_address() {
	$chosen = (string) get_option( 'candor_address', '' );
	if ( '' !== $chosen && null !== candor_parse_address( $chosen ) ) {
		return $chosen;
	}
	return candor_is_bundled() ? candor_bundled_address() : '';
}

/** Settings → Candor: the address (Administrators) and the quiz files (Editors too). */
function candor_register_settings() {
	register_setting(
		CANDOR_PAGE,
		'candor_address',
		array(
			'type'              => 'string',
			'default'           => '',
			'sanitize_callback' => 'candor_sanitize_address',
		)
	);
}

/** Adds Settings → Candor, for everyone who may upload quiz files. */
function candor_add_settings_page() {
	add_options_page( 'Candor', 'Candor', CANDOR_QUIZ_CAPABILITY, CANDOR_PAGE, 'candor_settings_page' );
}

/**
 * A "Settings" link first in the plugin's row on the Plugins screen.
 *
 * @param string[] $links The row's links.
 * @return string[]
 */
function candor_action_links( $links ) {
	$settings = '<a href="' . esc_url( admin_url( 'options-general.php?page=' . CANDOR_PAGE ) ) . '">' . esc_html__( 'Settings', 'candor' ) . '</a>';
	array_unshift( $links, $settings );
	return $links;
}

/** On activation: the next admin screen points to the settings. */
function candor_activated() {
	set_transient( 'candor_activated', 1, 10 * MINUTE_IN_SECONDS );
}

/** The notice after activation, once, for whoever may use the settings. */
function candor_activation_notice() {
	if ( ! get_transient( 'candor_activated' ) || ! current_user_can( CANDOR_QUIZ_CAPABILITY ) ) {
		return;
	}
	delete_transient( 'candor_activated' );
	printf(
		'<div class="notice notice-success is-dismissible candor-activated"><p>%1$s <a href="%2$s">%3$s</a></p></div>',
		esc_html__( 'Candor is ready: add the Candor quiz block to a post. To use quiz files of your own, upload them in the settings.', 'candor' ),
		esc_url( admin_url( 'options-general.php?page=' . CANDOR_PAGE ) ),
		esc_html__( 'Go to Settings → Candor', 'candor' )
	);
}

/**
 * Keeps a valid address (or none, for the plugin's own copy); an invalid one
 * is refused with a message and the previous value stays.
 *
 * @param mixed $value What was typed.
 * @return string
 */
function candor_sanitize_address( $value ) {
	$value = trim( (string) $value );
	if ( '' === $value ) {
		return '';
	}
	$address = candor_parse_address( $value );
	if ( null === $address ) {
		// WordPress prints settings errors as HTML: the refused text is escaped here.
		add_settings_error( 'candor_address', 'candor_address', esc_html( candor_address_problem( $value ) ) );
		return (string) get_option( 'candor_address', '' );
	}
	return $address;
}

/**
 * A Candor folder's address, or null: http(s), a host name, an optional
 * port and a path, in a strict set of characters that every URL parser
 * reads alike (no backslash, no user name before an `@`, no query or
 * fragment, no spaces or quotes). A path that does not end in `/` gets one:
 * the address names the folder that holds Candor's index.html and embed.js.
 *
 * @param string $address The address as given.
 * @return string|null
 */
function candor_parse_address( $address ) {
	if ( strlen( $address ) > CANDOR_MAX_ADDRESS ) {
		return null;
	}
	if ( ! preg_match( '#^(https?)://([A-Za-z0-9](?:[A-Za-z0-9.-]*[A-Za-z0-9])?)(:[0-9]{1,5})?(/[A-Za-z0-9._~!$&*+,;=:%/-]*)?$#', $address, $parts ) ) {
		return null;
	}
	$path = isset( $parts[4] ) && '' !== $parts[4] ? $parts[4] : '/';
	if ( false !== strpos( $path, '//' ) || preg_match( '#(^|/)\.\.?(/|$)#', $path ) ) {
		return null;
	}
	if ( '/' !== substr( $path, -1 ) ) {
		$path .= '/';
	}
	$port = isset( $parts[3] ) ? $parts[3] : '';
	return strtolower( $parts[1] . '://' . $parts[2] ) . $port . $path;
}

/**
 * Why an address was refused, in plain text.
 *
 * @param string $address The refused address.
 * @return string
 */
function candor_address_problem( $address ) {
	if ( strlen( $address ) > CANDOR_MAX_ADDRESS ) {
		/* translators: %d: the longest address accepted, in characters. */
		return sprintf( __( 'The Candor address is too long (at most %d characters).', 'candor' ), CANDOR_MAX_ADDRESS );
	}
	/* translators: %s: the address as given. */
	return sprintf( __( 'The Candor address "%s" was not saved: give the http:// or https:// address of the folder Candor is in, like https://example.com/candor/ (no user name, backslash, "?" or "#").', 'candor' ), $address );
}

/**
 * The uploads folder that holds the quiz files: its path and its address.
 *
 * @return array{dir: string, url: string}
 */
function candor_quiz_folder() {
	$uploads = wp_upload_dir( null, false );
	return array(
		'dir' => trailingslashit( $uploads['basedir'] ) . 'candor',
		'url' => trailingslashit( $uploads['baseurl'] ) . 'candor',
	);
}

/**
 * The quiz files uploaded in Settings → Candor, by name.
 *
 * @return array<string, array{title: string, url: string, bytes: int, modified: int}>
 */
function candor_quizzes() {
	$folder  = candor_quiz_folder();
	$quizzes = array();
	foreach ( (array) glob( $folder['dir'] . '/*.quiz.json' ) as $file ) {
		$name = basename( $file, '.quiz.json' );
		if ( candor_quiz_name( $name ) !== $name ) {
			continue;
		}
		$quizzes[ $name ] = array(
			'title'    => candor_quiz_title( (string) file_get_contents( $file ), $name ),
			'url'      => $folder['url'] . '/' . $name . '.quiz.json',
			'bytes'    => (int) filesize( $file ),
			'modified' => (int) filemtime( $file ),
		);
	}
	ksort( $quizzes );
	return $quizzes;
}

/**
 * A quiz's name, for the shortcode and the block, from a file name:
 * `My Quiz.quiz.json` is `my-quiz`. '' when nothing usable is left.
 *
 * @param string $file_name A file name as the uploader's device gave it.
 * @return string
 */
function candor_quiz_name( $file_name ) {
	$name = preg_replace( '/(\.quiz)?\.json$/i', '', (string) $file_name );
	$name = sanitize_title( $name );
	$name = preg_replace( '/[^a-z0-9-]/', '', $name );
	return trim( substr( $name, 0, CANDOR_MAX_QUIZ_NAME ), '-' );
}

/**
 * A quiz file's title, for lists (the name when it has none).
 *
 * @param string $json The file's text.
 * @param string $name Its name.
 * @return string
 */
function candor_quiz_title( $json, $name ) {
	$quiz = json_decode( $json, true );
	if ( is_array( $quiz ) && isset( $quiz['title'] ) && is_string( $quiz['title'] ) && '' !== trim( $quiz['title'] ) ) {
		return wp_html_excerpt( $quiz['title'], 120, '…' );
	}
	return $name;
}

/** Settings → Candor. */
function candor_settings_page() {
	if ( ! current_user_can( CANDOR_QUIZ_CAPABILITY ) ) {
		return;
	}
	$address = candor_address();
	$quizzes = candor_quizzes();
	echo '<div class="wrap candor-settings"><h1>Candor</h1>';
	candor_page_message();

	// Where Candor comes from: the Administrator's choice.
	if ( current_user_can( 'manage_options' ) ) {
		echo '<h2>' . esc_html__( 'Where Candor is loaded from', 'candor' ) . '</h2>';
		echo '<form method="post" action="' . esc_url( admin_url( 'options.php' ) ) . '">';
		settings_fields( CANDOR_PAGE );
		printf(
			'<table class="form-table" role="presentation"><tr><th scope="row"><label for="candor_address">%1$s</label></th><td><input type="text" inputmode="url" spellcheck="false" autocomplete="off" class="regular-text code" id="candor_address" name="candor_address" value="%2$s" placeholder="%3$s" aria-describedby="candor_address_help"><p class="description" id="candor_address_help">%4$s</p></td></tr></table>',
			esc_html__( 'Candor address', 'candor' ),
			esc_attr( (string) get_option( 'candor_address', '' ) ),
			esc_attr( candor_is_bundled() ? candor_bundled_address() : 'https://example.com/candor/' ),
			esc_html__( 'Leave empty to use the copy of Candor that comes with this plugin, served from this site: nothing else to host. Give an address only to use a Candor you host elsewhere.', 'candor' )
		);
		submit_button();
		echo '</form>';
	}

	echo '<h2>' . esc_html__( 'Quiz files', 'candor' ) . '</h2>';
	if ( '' === $address ) {
		echo '<p>' . esc_html__( 'This copy of the plugin does not carry Candor: install the plugin from the candor-wordpress.zip that Candor\'s build writes, or give a Candor address above.', 'candor' ) . '</p></div>';
		return;
	}
	$folder = candor_quiz_folder();
	if ( candor_origin( $address ) !== candor_origin( $folder['url'] ) ) {
		/* translators: %s: the Candor address. */
		echo '<div class="notice notice-warning inline"><p>' . esc_html( sprintf( __( 'Quiz files uploaded here are served from this site, but Candor is loaded from %s, which can only read quiz files from its own site. Empty the Candor address to use them.', 'candor' ), $address ) ) . '</p></div>';
	}
	if ( $quizzes ) {
		candor_quiz_table( $quizzes, $address );
	} else {
		echo '<p>' . esc_html__( 'No quiz files yet: posts show Candor\'s own quiz. Add your own below.', 'candor' ) . '</p>';
	}
	if ( ! current_user_can( 'upload_files' ) ) {
		echo '</div>';
		return;
	}

	echo '<h3>' . esc_html__( 'Add a quiz file', 'candor' ) . '</h3>';
	echo '<p>' . esc_html__( 'Choose, drop or paste your quiz file in Candor\'s checker below. It is checked in your browser; only a file Candor finds valid can be saved to this site. Try it there, with its report, before you save it. Saving a file with the name of one already here replaces it.', 'candor' ) . '</p>';
	wp_enqueue_script( 'candor-embed', candor_folder( $address ) . 'embed.js', array(), null, true );
	wp_enqueue_script( 'candor-settings', plugins_url( 'settings.js', __FILE__ ), array(), candor_version(), true );
	$lang = strtolower( substr( get_locale(), 0, 2 ) );
	printf(
		'<div id="candor-checker" data-candor-embed data-src="%1$s" data-events="1" data-result-page="off" data-height="720" data-frame-title="%2$s"%3$s></div>',
		esc_attr( $address . '#/check' ),
		esc_attr__( 'Candor\'s quiz-file checker', 'candor' ),
		in_array( $lang, array( 'en', 'de' ), true ) ? ' data-lang="' . esc_attr( $lang ) . '"' : ''
	);
	printf(
		'<form method="post" action="%1$s" id="candor-save" class="candor-save" hidden><input type="hidden" name="action" value="candor_save_quiz"><input type="hidden" name="candor_quiz_name" value=""><input type="hidden" name="candor_quiz_text" value="">%2$s<p>%3$s <code class="candor-file-name"></code></p><p><button type="submit" class="button button-primary">%4$s</button></p></form>',
		esc_url( admin_url( 'admin-post.php' ) ),
		wp_nonce_field( 'candor_save_quiz', '_wpnonce', true, false ),
		esc_html__( 'Candor found this file valid:', 'candor' ),
		esc_html__( 'Save this quiz file to the site', 'candor' )
	);
	echo '</div>';
}

/**
 * The list of uploaded quiz files, each with its shortcode and a Delete button.
 *
 * @param array  $quizzes As candor_quizzes() gives them.
 * @param string $address Where Candor is loaded from.
 */
function candor_quiz_table( array $quizzes, $address ) {
	echo '<table class="widefat striped candor-quizzes"><thead><tr>';
	foreach ( array( __( 'Quiz file', 'candor' ), __( 'In a shortcode', 'candor' ), __( 'Uploaded', 'candor' ), __( 'Actions', 'candor' ) ) as $heading ) {
		echo '<th scope="col">' . esc_html( $heading ) . '</th>';
	}
	echo '</tr></thead><tbody>';
	foreach ( $quizzes as $name => $quiz ) {
		$take = add_query_arg( 'quiz', rawurlencode( $quiz['url'] ), $address );
		echo '<tr data-quiz="' . esc_attr( $name ) . '">';
		echo '<td><strong>' . esc_html( $quiz['title'] ) . '</strong><br><code>' . esc_html( $name . '.quiz.json' ) . '</code> (' . esc_html( size_format( $quiz['bytes'] ) ) . ')</td>';
		echo '<td><code>' . esc_html( '[candor quiz="' . $name . '"]' ) . '</code></td>';
		echo '<td>' . esc_html( wp_date( get_option( 'date_format' ) . ' ' . get_option( 'time_format' ), $quiz['modified'] ) ) . '</td>';
		echo '<td><a href="' . esc_url( $take ) . '" target="_blank" rel="noopener">' . esc_html__( 'Take it', 'candor' ) . '</a> ';
		echo '<form method="post" action="' . esc_url( admin_url( 'admin-post.php' ) ) . '" style="display:inline">';
		echo '<input type="hidden" name="action" value="candor_delete_quiz"><input type="hidden" name="candor_quiz_name" value="' . esc_attr( $name ) . '">';
		wp_nonce_field( 'candor_delete_quiz_' . $name );
		/* translators: %s: a quiz file's name. */
		echo '<button type="submit" class="button-link button-link-delete" aria-label="' . esc_attr( sprintf( __( 'Delete %s', 'candor' ), $name ) ) . '">' . esc_html__( 'Delete', 'candor' ) . '</button></form></td>';
		echo '</tr>';
	}
	echo '</tbody></table>';
}

/** The outcome of the last save or delete, from the address it redirected to. */
function candor_page_message() {
	// phpcs:disable WordPress.Security.NonceVerification.Recommended -- only chooses which fixed message to show.
	$saved   = isset( $_GET['candor_saved'] ) ? candor_quiz_name( wp_unslash( $_GET['candor_saved'] ) ) : '';
	$deleted = isset( $_GET['candor_deleted'] ) ? candor_quiz_name( wp_unslash( $_GET['candor_deleted'] ) ) : '';
	$error   = isset( $_GET['candor_error'] ) ? sanitize_key( wp_unslash( $_GET['candor_error'] ) ) : '';
	// phpcs:enable
	if ( '' !== $saved ) {
		/* translators: 1: the quiz's name, 2: its shortcode. */
		$text = sprintf( __( 'Saved "%1$s". Choose it in the Candor quiz block, or write %2$s.', 'candor' ), $saved, '[candor quiz="' . $saved . '"]' );
		echo '<div class="notice notice-success candor-message"><p>' . esc_html( $text ) . '</p></div>';
	} elseif ( '' !== $deleted ) {
		/* translators: %s: the quiz's name. */
		echo '<div class="notice notice-success candor-message"><p>' . esc_html( sprintf( __( 'Deleted "%s". Posts that use it now show a note to their editors.', 'candor' ), $deleted ) ) . '</p></div>';
	} elseif ( '' !== $error ) {
		$errors = array(
			/* translators: %d: the largest size, in KB. */
			'size' => sprintf( __( 'The quiz file was not saved: it is larger than %d KB.', 'candor' ), CANDOR_MAX_QUIZ_BYTES / 1024 ),
			'type' => __( 'The quiz file was not saved: it is not a JSON object. Check it in Candor\'s checker first.', 'candor' ),
			'name' => __( 'The quiz file was not saved: its name needs letters or digits, like my-quiz.quiz.json.', 'candor' ),
			'disk' => __( 'The quiz file was not saved: the uploads folder could not be written.', 'candor' ),
		);
		if ( isset( $errors[ $error ] ) ) {
			echo '<div class="notice notice-error candor-message"><p>' . esc_html( $errors[ $error ] ) . '</p></div>';
		}
	}
}

/** Stops unless the request comes from someone who may manage quiz files, through the form of `$action`. */
function candor_check_quiz_request( $action ) {
	if ( ! current_user_can( CANDOR_QUIZ_CAPABILITY ) || ! current_user_can( 'upload_files' ) ) {
		wp_die( esc_html__( 'Sorry, you are not allowed to manage Candor\'s quiz files.', 'candor' ), 403 );
	}
	check_admin_referer( $action );
}

/**
 * Back to Settings → Candor with the outcome in its address.
 *
 * @param array $args The outcome (candor_saved, candor_deleted or candor_error).
 */
function candor_back_to_settings( array $args ) {
	wp_safe_redirect( add_query_arg( $args, admin_url( 'options-general.php?page=' . CANDOR_PAGE ) ) );
	exit;
}

/**
 * Saves a quiz file that Candor's checker found valid in the uploader's
 * browser. Candor checks it again whenever it loads it; here only its size,
 * its type (a JSON object) and its name are checked.
 */
function candor_save_quiz() {
	candor_check_quiz_request( 'candor_save_quiz' );
	// phpcs:disable WordPress.Security.NonceVerification.Missing -- checked by candor_check_quiz_request.
	$text = isset( $_POST['candor_quiz_text'] ) ? (string) wp_unslash( $_POST['candor_quiz_text'] ) : '';
	$name = isset( $_POST['candor_quiz_name'] ) ? candor_quiz_name( (string) wp_unslash( $_POST['candor_quiz_name'] ) ) : '';
	// phpcs:enable
	if ( strlen( $text ) > CANDOR_MAX_QUIZ_BYTES ) {
		candor_back_to_settings( array( 'candor_error' => 'size' ) );
	}
	$decoded = json_decode( $text );
	if ( ! ( $decoded instanceof stdClass ) ) {
		candor_back_to_settings( array( 'candor_error' => 'type' ) );
	}
	if ( '' === $name ) {
		candor_back_to_settings( array( 'candor_error' => 'name' ) );
	}
	$folder = candor_quiz_folder();
	if ( ! wp_mkdir_p( $folder['dir'] ) || false === file_put_contents( $folder['dir'] . '/' . $name . '.quiz.json', $text ) ) {
		candor_back_to_settings( array( 'candor_error' => 'disk' ) );
	}
	candor_back_to_settings( array( 'candor_saved' => $name ) );
}

/** Deletes an uploaded quiz file. */
function candor_delete_quiz() {
	// phpcs:ignore WordPress.Security.NonceVerification.Missing -- the name only picks the nonce checked next.
	$name = isset( $_POST['candor_quiz_name'] ) ? candor_quiz_name( (string) wp_unslash( $_POST['candor_quiz_name'] ) ) : '';
	candor_check_quiz_request( 'candor_delete_quiz_' . $name );
	$file = candor_quiz_folder()['dir'] . '/' . $name . '.quiz.json';
	if ( '' !== $name && is_file( $file ) ) {
		wp_delete_file( $file );
	}
	candor_back_to_settings( array( 'candor_deleted' => $name ) );
}

/**
 * The [candor] shortcode: `quiz` (the name of a quiz file uploaded in
 * Settings → Candor), `height`, `frame-title`, and any Candor option by its
 * name (`accent="1f4e79"`). Values may use HTML entities (`&quot;`, `&#91;`)
 * for characters a shortcode can't hold, as Candor's builder writes them.
 *
 * @param array|string $atts The shortcode's attributes ('' when it has none).
 * @return string
 */
function candor_shortcode( $atts ) {
	$given = array();
	foreach ( is_array( $atts ) ? $atts : array() as $name => $value ) {
		// `[candor accent]`: a name without a value arrives under a number.
		if ( is_int( $name ) ) {
			$given[ strtolower( (string) $value ) ] = null;
		} else {
			$given[ $name ] = html_entity_decode( (string) $value, ENT_QUOTES | ENT_HTML5, 'UTF-8' );
		}
	}
	return candor_render( $given );
}

/**
 * The Candor quiz block, rendered on the server like the shortcode.
 *
 * @param array $attributes The block's attributes (see block.json).
 * @return string
 */
function candor_render_block( $attributes ) {
	$given = array();
	// Alignment and extra CSS classes are the block's own (its wrapper's).
	$attributes = array_diff_key( (array) $attributes, array_flip( array( 'align', 'className' ) ) );
	foreach ( $attributes as $name => $value ) {
		if ( 'height' === $name ) {
			$value = (int) $value > 0 ? (string) (int) $value : '';
		}
		// Block attributes are camelCase: ctaLabel is cta-label.
		$name = strtolower( preg_replace( '/([a-z])([A-Z])/', '$1-$2', (string) $name ) );
		if ( is_string( $value ) && '' !== trim( $value ) ) {
			$given[ $name ] = $value;
		}
	}
	return candor_render( $given, get_block_wrapper_attributes() );
}

/**
 * The embed for the given attributes, or nothing but a note for the post's
 * editors when it can't be made.
 *
 * @param array  $given   Attribute name => value (null: given without a value).
 * @param string $wrapper The placeholder's class attribute (a block's carries its alignment).
 * @return string
 */
function candor_render( array $given, $wrapper = 'class="wp-block-candor-quiz"' ) {
	$notes   = array();
	$options = array();
	$address = candor_address();
	foreach ( $given as $name => $value ) {
		$name = strtolower( (string) $name );
		if ( in_array( $name, CANDOR_OWN, true ) ) {
			continue;
		}
		if ( 'src' === $name ) {
			// Where scripts come from is the Administrator's choice, never a
			// post's (a pattern or another author's content may carry one).
			if ( null !== $value && '' !== trim( $value ) && candor_parse_address( trim( $value ) ) !== $address ) {
				/* translators: %s: the address Candor is loaded from. */
				$notes[] = sprintf( __( 'src is not used: Candor is loaded from %s, which an Administrator chooses in Settings → Candor. Leave out src.', 'candor' ), '' !== $address ? $address : '–' );
			}
			continue;
		}
		$option = isset( CANDOR_ALIASES[ $name ] ) ? CANDOR_ALIASES[ $name ] : $name;
		if ( ! in_array( $option, CANDOR_OPTIONS, true ) ) {
			$notes[] = candor_unknown_attribute( $name );
		} elseif ( null === $value ) {
			/* translators: %s: an attribute name. */
			$notes[] = sprintf( __( '"%1$s" needs a value, like %1$s="…".', 'candor' ), $name );
		} else {
			$options[ $option ] = $value;
		}
	}

	if ( '' === $address ) {
		$notes[] = __( 'This copy of the Candor plugin does not carry Candor: an Administrator installs the plugin from the candor-wordpress.zip that Candor\'s build writes, or gives a Candor address in Settings → Candor.', 'candor' );
		return candor_notes( $notes );
	}
	if ( isset( $options['quiz'] ) ) {
		$quiz = candor_quiz_address( trim( $options['quiz'] ) );
		if ( null === $quiz ) {
			$notes[] = candor_unknown_quiz( trim( $options['quiz'] ) );
			return candor_notes( $notes );
		}
		$options['quiz'] = $quiz;
	}

	// Result links lead back to the post. embed.js would give the reader's
	// own address without its query, which loses a plain permalink's ?p=12;
	// the permalink carries nothing of the reader.
	if ( ! isset( $options['result-page'] ) ) {
		$permalink = get_permalink();
		if ( is_string( $permalink ) && '' !== $permalink ) {
			$options['result-page'] = $permalink;
		}
	}

	wp_enqueue_script( 'candor-embed', candor_folder( $address ) . 'embed.js', array(), null, true );

	$height = isset( $given['height'] ) ? (int) $given['height'] : 0;
	$height = $height > 0 ? min( max( $height, 200 ), 5000 ) : 560;
	$attrs  = ' data-candor-embed data-src="' . esc_attr( $address ) . '" data-height="' . $height . '"';
	if ( isset( $given['frame-title'] ) && '' !== trim( (string) $given['frame-title'] ) ) {
		$attrs .= ' data-frame-title="' . esc_attr( $given['frame-title'] ) . '"';
	}
	foreach ( $options as $option => $value ) {
		$attrs .= ' data-' . $option . '="' . esc_attr( $value ) . '"';
	}
	// Without scripts (feeds, e-mail, reading modes) the reader gets a link:
	// the same quiz, on Candor's own page.
	$standalone = isset( $options['quiz'] ) ? add_query_arg( 'quiz', rawurlencode( $options['quiz'] ), $address ) : $address;
	$link       = '<a href="' . esc_url( $standalone ) . '">' . esc_html__( 'Take the self-assessment', 'candor' ) . '</a>';
	// The placeholder keeps the frame's first height, so the post doesn't jump.
	$html = '<div ' . $wrapper . $attrs . ' style="min-height:' . $height . 'px"><p>' . $link . '</p></div>';
	return candor_notes( $notes ) . $html;
}

/**
 * The address of the quiz a post asks for: an uploaded file by its name, or
 * an address as Candor's own `quiz` option takes it (Candor checks that
 * one itself). Null for a name no file has.
 *
 * @param string $quiz The post's `quiz` value.
 * @return string|null
 */
function candor_quiz_address( $quiz ) {
	$quizzes = candor_quizzes();
	if ( isset( $quizzes[ $quiz ] ) ) {
		return $quizzes[ $quiz ]['url'];
	}
	// Addresses and paths, as before quiz files could be uploaded here.
	if ( false !== strpos( $quiz, '/' ) || preg_match( '/\.json$/i', $quiz ) ) {
		return $quiz;
	}
	return null;
}

/**
 * A note about a quiz name no uploaded file has.
 *
 * @param string $quiz The name given.
 * @return string
 */
function candor_unknown_quiz( $quiz ) {
	$names = array_keys( candor_quizzes() );
	if ( $names ) {
		/* translators: 1: the name given, 2: the names of the uploaded quiz files. */
		return sprintf( __( 'There is no quiz file "%1$s" on this site, so the quiz is not shown. Quiz files here: %2$s (Settings → Candor).', 'candor' ), $quiz, implode( ', ', $names ) );
	}
	/* translators: %s: the name given. */
	return sprintf( __( 'There is no quiz file "%s" on this site, so the quiz is not shown. An Administrator or Editor uploads quiz files in Settings → Candor.', 'candor' ), $quiz );
}

/**
 * The scheme, host and port of an address, lowercased ('' for none).
 *
 * @param string $address An address.
 * @return string
 */
function candor_origin( $address ) {
	$parts = wp_parse_url( $address );
	if ( empty( $parts['scheme'] ) || empty( $parts['host'] ) ) {
		return '';
	}
	$port = isset( $parts['port'] ) ? ':' . $parts['port'] : '';
	return strtolower( $parts['scheme'] . '://' . $parts['host'] ) . $port;
}

/**
 * The folder of a Candor address, where embed.js sits.
 *
 * @param string $address A valid address.
 * @return string
 */
function candor_folder( $address ) {
	$base = preg_replace( '/[?#].*$/s', '', $address );
	return preg_replace( '#[^/]*$#', '', $base );
}

/**
 * A note about a name Candor has no option for, with the nearest one.
 *
 * @param string $name The unknown name.
 * @return string
 */
function candor_unknown_attribute( $name ) {
	$known   = array_merge( CANDOR_OWN, CANDOR_OPTIONS );
	$nearest = null;
	// As Candor itself suggests: about a third of the name in edits, at least one.
	$best = max( 1, intdiv( strlen( $name ), 3 ) ) + 1;
	foreach ( $known as $candidate ) {
		$distance = levenshtein( $name, $candidate );
		if ( $distance < $best ) {
			$best    = $distance;
			$nearest = $candidate;
		}
	}
	if ( null !== $nearest ) {
		/* translators: 1: the unknown name, 2: the nearest known name. */
		return sprintf( __( 'Candor has no option "%1$s"; did you mean "%2$s"? It was left out.', 'candor' ), $name, $nearest );
	}
	/* translators: 1: the unknown name, 2: the known names. */
	return sprintf( __( 'Candor has no option "%1$s"; it was left out. Options: %2$s.', 'candor' ), $name, implode( ', ', $known ) );
}

/**
 * Before a post's content, for its editors only: a Candor snippet whose
 * script WordPress removed (or an HTML block that lost it) shows readers
 * nothing. The block editor says the same and offers the block.
 *
 * @param string $content The post's content.
 * @return string
 */
function candor_stripped_snippet_note( $content ) {
	// Before blocks and shortcodes are rendered (priority 8): what the post holds as written.
	if ( false === strpos( (string) $content, 'data-candor-embed' ) ) {
		return $content;
	}
	if ( preg_match( '#<script\b[^>]*\bsrc=["\']?[^"\'>\s]*embed\.js#i', $content ) ) {
		return $content;
	}
	return candor_notes( array( __( 'This post holds a Candor snippet without its script: WordPress removes scripts from the posts of people who may not add them, so readers see nothing here. Open the post in the editor and use the Candor quiz block instead.', 'candor' ) ) ) . $content;
}

/**
 * Notes for whoever may edit this post; readers get nothing.
 *
 * @param string[] $notes The notes.
 * @return string
 */
function candor_notes( array $notes ) {
	$post_id = get_the_ID();
	$editor  = $post_id ? current_user_can( 'edit_post', $post_id ) : current_user_can( 'edit_posts' );
	if ( empty( $notes ) || ! $editor ) {
		return '';
	}
	$items = '';
	foreach ( $notes as $note ) {
		$items .= '<li>' . esc_html( $note ) . '</li>';
	}
	return '<div class="candor-note" role="note" style="border-left:4px solid #d63638;padding:0.5em 1em;margin:1em 0">'
		. '<p><strong>' . esc_html__( 'Candor (only people who can edit this post see this):', 'candor' ) . '</strong></p>'
		. '<ul>' . $items . '</ul></div>';
}
