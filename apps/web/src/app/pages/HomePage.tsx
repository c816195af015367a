import { Link } from 'react-router';
import { Card, Col, Row, Typography } from 'antd';
import { PageHeader } from '@/components/PageHeader';
import { useSession } from '@/lib/session';
import { useT } from '@/i18n';
import { navFor } from '../layout/nav';

/** A start page with the sections this user may open. */
export function HomePage() {
  const t = useT();
  const { user } = useSession();
  const items = navFor(user.roles).filter((i) => i.path !== '/');
  return (
    <>
      <PageHeader title={t('home.title', { name: user.displayName })} docTitle={t('nav.home')} subtitle={t('home.subtitle')} />
      <Row gutter={[16, 16]}>
        {items.map((i) => (
          <Col key={i.path} xs={24} sm={12} xl={8}>
            <Link to={i.path} className="home-card-link">
              <Card hoverable className="home-card">
                <Card.Meta
                  avatar={
                    <span className="home-card-icon" aria-hidden>
                      {i.icon}
                    </span>
                  }
                  title={
                    <Typography.Title level={2} className="home-card-title">
                      {t(i.label)}
                    </Typography.Title>
                  }
                  description={t(i.description)}
                />
              </Card>
            </Link>
          </Col>
        ))}
      </Row>
    </>
  );
}
