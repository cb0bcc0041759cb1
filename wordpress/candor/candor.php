<?php
/**
 * Plugin Name:       Candor
 * Description:       Puts a Candor self-assessment in a post or page, for every role that can write one: the [candor] shortcode and the Candor quiz block. WordPress removes scripts and frames from the posts of Authors and Contributors; this plugin prints the embed for them.
 * Version:           1.0.0
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * License:           MIT
 * Text Domain:       candor
 *
 * The embed it prints is the one Candor's builder gives: a placeholder that
 * Candor's own `embed.js` (loaded from the Candor address) turns into a frame
 * that sizes itself. Every option is checked again by Candor itself; this
 * plugin only passes the options it knows and tells the post's author about
 * the rest. Readers never see those notes.
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

/** Attributes of the embed itself: where Candor is, the frame's first height and its name. */
const CANDOR_OWN = array( 'src', 'height', 'frame-title' );

/** Longest address accepted, in bytes (a quiz option rides in the frame's address too). */
const CANDOR_MAX_ADDRESS = 2000;

add_action( 'init', 'candor_register' );
add_action( 'admin_init', 'candor_register_setting_field' );
add_filter( 'gettext_candor', 'candor_translate', 10, 2 );
add_filter( 'gettext_with_context_candor', 'candor_translate', 10, 2 );

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

/** Registers the shortcode, the block, its editor script and the site-wide address. */
function candor_register() {
	add_shortcode( 'candor', 'candor_shortcode' );

	wp_register_script(
		'candor-editor',
		plugins_url( 'editor.js', __FILE__ ),
		array( 'wp-blocks', 'wp-element', 'wp-block-editor', 'wp-components', 'wp-i18n' ),
		'1.0.0',
		true
	);
	wp_add_inline_script(
		'candor-editor',
		'window.candorSettings = ' . wp_json_encode( array( 'address' => (string) get_option( 'candor_address', '' ) ) ) . ';',
		'before'
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

	register_setting(
		'writing',
		'candor_address',
		array(
			'type'              => 'string',
			'default'           => '',
			'sanitize_callback' => 'candor_sanitize_address',
		)
	);
}

/** Settings → Writing → "Candor address", used when a shortcode or block gives none. */
function candor_register_setting_field() {
	add_settings_field(
		'candor_address',
		__( 'Candor address', 'candor' ),
		'candor_address_field',
		'writing',
		'default',
		array( 'label_for' => 'candor_address' )
	);
}

/** Prints the address field of Settings → Writing. */
function candor_address_field() {
	printf(
		'<input type="url" class="regular-text code" id="candor_address" name="candor_address" value="%1$s" placeholder="https://example.com/candor/" aria-describedby="candor_address_help"><p class="description" id="candor_address_help">%2$s</p>',
		esc_attr( (string) get_option( 'candor_address', '' ) ),
		esc_html__( 'Where Candor is deployed. The [candor] shortcode and the Candor quiz block use this address when they give none of their own.', 'candor' )
	);
}

/**
 * Keeps a valid address (or none); an invalid one is refused with a message
 * and the previous value stays.
 *
 * @param mixed $value What was typed.
 * @return string
 */
function candor_sanitize_address( $value ) {
	$value = trim( (string) $value );
	if ( '' === $value ) {
		return '';
	}
	if ( null === candor_parse_address( $value ) ) {
		add_settings_error( 'candor_address', 'candor_address', candor_address_problem( $value ) );
		return (string) get_option( 'candor_address', '' );
	}
	return $value;
}

/**
 * An http(s) address of bounded length with a host, or null.
 *
 * @param string $address The address as given.
 * @return string|null
 */
function candor_parse_address( $address ) {
	if ( strlen( $address ) > CANDOR_MAX_ADDRESS || preg_match( '/[\s"<>]/', $address ) ) {
		return null;
	}
	$parts  = wp_parse_url( $address );
	$scheme = strtolower( isset( $parts['scheme'] ) ? $parts['scheme'] : '' );
	if ( ! in_array( $scheme, array( 'http', 'https' ), true ) || empty( $parts['host'] ) ) {
		return null;
	}
	return $address;
}

/**
 * Why an address was refused, for the author.
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
	return sprintf( __( 'The Candor address "%s" is not an http:// or https:// address, like https://example.com/candor/.', 'candor' ), $address );
}

/**
 * The [candor] shortcode: `src` (else the site's Candor address; for authors
 * who can't add scripts, only on the site's address's origin), `height`,
 * `frame-title`, and any Candor option by its name (`accent="1f4e79"`).
 * Values may use HTML entities (`&quot;`, `&#91;`) for characters a shortcode
 * can't hold, as Candor's builder writes them.
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
 * author when it can't be made.
 *
 * @param array  $given   Attribute name => value (null: given without a value).
 * @param string $wrapper The placeholder's class attribute (a block's carries its alignment).
 * @return string
 */
function candor_render( array $given, $wrapper = 'class="wp-block-candor-quiz"' ) {
	$notes   = array();
	$options = array();
	foreach ( $given as $name => $value ) {
		$name = strtolower( (string) $name );
		if ( in_array( $name, CANDOR_OWN, true ) ) {
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

	$src     = isset( $given['src'] ) ? trim( (string) $given['src'] ) : '';
	$site    = trim( (string) get_option( 'candor_address', '' ) );
	$address = '' !== $src ? $src : $site;
	if ( '' === $address ) {
		$notes[] = __( 'No Candor address: an Administrator sets it once in Settings → Writing → Candor address.', 'candor' );
		return candor_notes( $notes );
	}
	if ( null === candor_parse_address( $address ) ) {
		$notes[] = candor_address_problem( $address );
		return candor_notes( $notes );
	}
	// The page loads embed.js from the address: a script, which WordPress
	// allows only people with unfiltered_html to add. Anyone else's src must
	// be on the origin an Administrator chose.
	if ( '' !== $src && ! candor_author_may_add_scripts() && candor_origin( $src ) !== candor_origin( $site ) ) {
		$notes[] = '' === $site
			? __( 'Only an Administrator can choose where Candor is loaded from: ask one to set Settings → Writing → Candor address, then leave out src.', 'candor' )
			/* translators: %s: the site's Candor address. */
			: sprintf( __( 'src must be on this site\'s Candor address, %s (an Administrator can change it in Settings → Writing). Leave out src to use it.', 'candor' ), $site );
		return candor_notes( $notes );
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
 * Whether the author of the post being shown may add scripts to posts
 * (Administrators and Editors of a single site). Outside a post (widgets,
 * templates), only Administrators edit, so it is allowed.
 *
 * @return bool
 */
function candor_author_may_add_scripts() {
	$post = get_post();
	return ! $post || user_can( (int) $post->post_author, 'unfiltered_html' );
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
	$path = (string) wp_parse_url( $base, PHP_URL_PATH );
	if ( '' === $path ) {
		return $base . '/';
	}
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
