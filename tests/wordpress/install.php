<?php
/**
 * Installs the test blog for scripts/wordpress.sh: WordPress's own installer,
 * an Administrator and an Author, and the Candor plugin activated. Run with
 * PHP's command line, WORDPRESS_CONFIG and HTTP_HOST set.
 *
 * @package Candor
 */

define( 'WP_INSTALLING', true );
require '/usr/share/wordpress/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';
require_once ABSPATH . 'wp-admin/includes/plugin.php';

$installed = wp_install( 'Candor test blog', 'admin', 'admin@example.com', false, '', getenv( 'CANDOR_WP_ADMIN' ) );
if ( empty( $installed['user_id'] ) ) {
	fwrite( STDERR, "wp_install failed\n" );
	exit( 1 );
}
$author = wp_insert_user(
	array(
		'user_login' => 'author',
		'user_pass'  => getenv( 'CANDOR_WP_AUTHOR' ),
		'user_email' => 'author@example.com',
		'role'       => 'author',
	)
);
if ( is_wp_error( $author ) ) {
	fwrite( STDERR, $author->get_error_message() . "\n" );
	exit( 1 );
}
// Avatars come from gravatar.com, which this machine can't reach.
update_option( 'show_avatars', 0 );
// Plain ?p= links, so no rewrite rules are needed.
update_option( 'permalink_structure', '' );
$activated = activate_plugin( 'candor/candor.php' );
if ( is_wp_error( $activated ) ) {
	fwrite( STDERR, $activated->get_error_message() . "\n" );
	exit( 1 );
}
printf( "WordPress %s installed; author %d; plugin active: %s\n", get_bloginfo( 'version' ), $author, is_plugin_active( 'candor/candor.php' ) ? 'yes' : 'no' );
