<?php
/**
 * Installs the test blog for scripts/wordpress.sh: WordPress's own installer,
 * an Administrator, an Editor and an Author. The tests install the Candor plugin as an
 * Administrator does, from its zip. Run with
 * PHP's command line, WORDPRESS_CONFIG and HTTP_HOST set.
 *
 * @package Candor
 */

define( 'WP_INSTALLING', true );
require '/usr/share/wordpress/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';

$installed = wp_install( 'Candor test blog', 'admin', 'admin@example.com', false, '', getenv( 'CANDOR_WP_ADMIN' ) );
if ( empty( $installed['user_id'] ) ) {
	fwrite( STDERR, "wp_install failed\n" );
	exit( 1 );
}
foreach ( array( 'author' => 'CANDOR_WP_AUTHOR', 'editor' => 'CANDOR_WP_EDITOR' ) as $role => $password ) {
	$user = wp_insert_user(
		array(
			'user_login' => $role,
			'user_pass'  => getenv( $password ),
			'user_email' => $role . '@example.com',
			'role'       => $role,
		)
	);
	if ( is_wp_error( $user ) ) {
		fwrite( STDERR, $user->get_error_message() . "\n" );
		exit( 1 );
	}
}
// Avatars come from gravatar.com, which this machine can't reach.
update_option( 'show_avatars', 0 );
// Plain ?p= links, so no rewrite rules are needed.
update_option( 'permalink_structure', '' );
printf( "WordPress %s installed\n", get_bloginfo( 'version' ) );
